// W3C Web Annotation (JSON-LD): one AnnotationCollection per (document, annotator), written as
// `<docId>/<annotator>.jsonld` with its single page embedded, and the canonical text as `<docId>/text.txt`.
// Each annotation targets `urn:parley:document:<docId>` with a TextQuoteSelector and a TextPositionSelector
// (code points, as the model counts); a discontinuous span has one target per fragment. Bodies, all terms of
// the anno.jsonld context:
//   tagging     TextualBody, value `CATEGORY` or `CATEGORY:type` (the flat label)
//   describing  TextualBody, value `key=value`, one per other attribute, keys sorted (`type=` too when the
//               type is an empty string, which the flat label cannot show)
//   linking     one per role filler, `label` = role id: a SpecificResource whose `source` is the filler
//               annotation's URN, or a TextualBody whose value is the free-text filler. The model has no
//               standard for roles; this keeps to its vocabulary.
//   commenting  TextualBody, `format: text/plain` (a note is never markup), only when there is a note
// Keys keep the order of the W3C examples (`@context`, `id`, `type` first): every object is built here in a
// fixed order and attributes and roles are sorted, so the bytes are stable without sorting keys. The
// collection is indented; its annotations are written one per line (item-lines.ts).
// Losses: a role with no filler, and an attribute key holding `=`, cannot be written back.
import type { Annotation, Fragment, RoleFiller } from '../model/annotation'
import { quoteAt } from '../model/quote'
import { TYPE_ATTRIBUTE, flatLabel } from '../model/tag-schema'
import { createOffsetIndex, type OffsetIndex } from '../text/offsets'
import { byCodeUnits, inExportOrder, textPathOf } from './export-order'
import type { CorpusFormat, Loss, OutputFile } from './format'
import { itemLinePieces } from './item-lines'
import { fileOfPieces } from './output-pieces'
import { readW3c } from './w3c-read'
import { ANNO_CONTEXT, PURPOSE, annotationUrn, collectionUrn, documentUrn } from './w3c-terms'

export const w3cFormat: CorpusFormat = {
  id: 'w3c',
  label: 'W3C Web Annotation (JSON-LD)',
  separableByDocument: true,
  serialize(input) {
    const files: OutputFile[] = []
    for (const { meta, text, sets } of inExportOrder(input)) {
      files.push({ path: textPathOf(meta.id), content: text })
      const index = createOffsetIndex(text)
      for (const set of sets) {
        const items = set.annotations.map((a) => webAnnotation(a, meta.id, text, index))
        const collection = {
          '@context': ANNO_CONTEXT,
          id: collectionUrn(meta.id, set.fileStem),
          type: 'AnnotationCollection',
          label: meta.title,
          creator: { type: 'Person', name: set.annotator },
          total: items.length,
          first: { type: 'AnnotationPage', startIndex: 0, items: [] },
        }
        const pieces = itemLinePieces(collection, ['first', 'items'], items)
        files.push(fileOfPieces(`${meta.id}/${set.fileStem}.jsonld`, [...pieces, '\n']))
      }
    }
    return files
  },
  losses(input) {
    const losses: Loss[] = []
    for (const { meta, sets } of inExportOrder(input))
      for (const set of sets)
        for (const a of set.annotations) {
          const loss = (what: string): number =>
            losses.push({ documentId: meta.id, annotator: set.annotator, annotationId: a.id, what })
          for (const [role, fillers] of Object.entries(a.roles))
            if (fillers.length === 0) loss(`role ${role} without a filler`)
          for (const key of Object.keys(a.attributes))
            if (key.includes('=')) loss(`attribute ${key} (a key holding "=" is read back as another key)`)
        }
    return losses
  },
  parse: readW3c,
}

function webAnnotation(a: Annotation, documentId: string, text: string, index: OffsetIndex): object {
  const source = documentUrn(documentId)
  const targets = a.fragments
    ? a.fragments.map((f) => target(source, quoteAt(text, index, f.start, f.end), f))
    : [target(source, a.quote, a)]
  return {
    '@context': ANNO_CONTEXT,
    id: annotationUrn(a.id),
    type: 'Annotation',
    motivation: 'tagging',
    creator: { type: 'Person', name: a.author },
    created: a.created,
    modified: a.modified,
    body: bodies(a),
    target: targets.length === 1 ? targets[0] : targets,
  }
}

function target(source: string, quote: Annotation['quote'], { start, end }: Fragment): object {
  return {
    type: 'SpecificResource',
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start, end },
    ],
  }
}

const textual = (purpose: string, value: string, extra: object = {}): object => ({
  type: 'TextualBody',
  purpose,
  value,
  ...extra,
})

function bodies(a: Annotation): object[] {
  const typeInTag = Boolean(a.attributes[TYPE_ATTRIBUTE])
  const attributes = Object.entries(a.attributes)
    .filter(([key]) => !(key === TYPE_ATTRIBUTE && typeInTag))
    .sort(([x], [y]) => byCodeUnits(x, y))
    .map(([key, value]) => textual(PURPOSE.attribute, `${key}=${value}`))
  const roles = Object.entries(a.roles)
    .sort(([x], [y]) => byCodeUnits(x, y))
    .flatMap(([role, fillers]) => fillers.map((filler) => roleBody(role, filler)))
  const note = a.note ? [textual(PURPOSE.note, a.note, { format: 'text/plain' })] : []
  return [textual(PURPOSE.tag, flatLabel(a)), ...attributes, ...roles, ...note]
}

const roleBody = (role: string, filler: RoleFiller): object =>
  'ref' in filler
    ? { type: 'SpecificResource', purpose: PURPOSE.role, label: role, source: annotationUrn(filler.ref) }
    : textual(PURPOSE.role, filler.text, { label: role })
