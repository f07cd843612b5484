// Where each file of a workspace lives. One folder per document holds its canonical text, its metadata and
// one annotation file per annotator, so a workspace reads, diffs and merges well in git:
//   settings.json · tag-schema.json · documents/<id>/{text.txt, document.json, annotations/<annotator>.json}
import { join } from 'node:path'
import { annotatorFileStem, slugify } from '@shared/formats/annotator-file-stem'
import { titleFromFileName } from '@shared/text/source-files'

export { annotatorFileStem, slugify }

export const settingsPath = (root: string): string => join(root, 'settings.json')
export const tagSchemaPath = (root: string): string => join(root, 'tag-schema.json')
export const documentsDir = (root: string): string => join(root, 'documents')
export const documentDir = (root: string, id: string): string => join(documentsDir(root), id)
export const textPath = (root: string, id: string): string => join(documentDir(root, id), 'text.txt')
export const documentFilePath = (root: string, id: string): string =>
  join(documentDir(root, id), 'document.json')
export const annotationsDir = (root: string, id: string): string => join(documentDir(root, id), 'annotations')
export const annotationFilePath = (root: string, id: string, annotator: string): string =>
  join(annotationsDir(root, id), `${annotatorFileStem(annotator)}.json`)

/** A document id from its file name: `cn-kz-dialogue.fr.txt` → `cn-kz-dialogue-fr`. */
export function documentIdFor(fileName: string): string {
  const stem = titleFromFileName(fileName)
  return slugify(stem) || 'document'
}
