// The names Parley's W3C Web Annotation export uses: the JSON-LD context, the URNs that identify a
// document, an annotation set and an annotation, and the body purposes. Shared by the writer and the reader
// so both spell them alike.

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

const DOCUMENT_URN = 'urn:parley:document:'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The text an annotation targets: `urn:parley:document:<docId>`; the file is `<docId>/text.txt`. */
export const documentUrn = (documentId: string): string => `${DOCUMENT_URN}${documentId}`
export const collectionUrn = (documentId: string, fileStem: string): string =>
  `${documentUrn(documentId)}:annotations:${fileStem}`

/** `urn:uuid:<id>` for the UUIDs Parley makes; any other id (from an import) as `urn:parley:annotation:<id>`. */
export const annotationUrn = (id: string): string =>
  UUID.test(id) ? `urn:uuid:${id}` : `urn:parley:annotation:${id}`

/** The annotation id in a URN written by `annotationUrn`, or null. */
export function idOfAnnotationUrn(urn: string): string | null {
  for (const prefix of ['urn:uuid:', 'urn:parley:annotation:'])
    if (urn.startsWith(prefix) && urn.length > prefix.length) return urn.slice(prefix.length)
  return null
}

/** The document id in `urn:parley:document:<docId>` (or a collection URN under it), or null. */
export function documentIdOfUrn(urn: string): string | null {
  if (!urn.startsWith(DOCUMENT_URN)) return null
  const id = urn.slice(DOCUMENT_URN.length).split(':', 1)[0] ?? ''
  return id === '' ? null : id
}

/**
 * Body purposes (W3C motivations): the flat label is the `tagging` body; each other attribute a `describing`
 * body `key=value`; each role filler a `linking` body whose `label` is the role id; the note `commenting`.
 */
export const PURPOSE = {
  tag: 'tagging',
  attribute: 'describing',
  role: 'linking',
  note: 'commenting',
} as const
