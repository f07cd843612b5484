// The brat standoff format (brat.nlplab.org/standoff.html), export and import. An export is a brat data
// folder that opens as is: annotation.conf and visual.conf at its root, then per document and annotator a
// folder `<docId>/` (`<docId>.<annotator stem>/` when the document has several annotators) holding
// `<docId>.txt`, the canonical text (UTF-8, `\n`), and `<docId>.ann`. brat offsets count Unicode code
// points (brat slices Python str objects), as Parley's do, so they are written unchanged. See
// brat-names.ts for type names and brat-ann-write.ts for the lines; the import reads the same layout, or
// any folder of NAME.txt and NAME.ann pairs, and refuses the whole import if any line is wrong.
import type { Annotation } from '../model/annotation'
import { normaliseNewlines } from '../text/newlines'
import { annotatorFileStem } from './annotator-file-stem'
import { writeAnn } from './brat-ann-write'
import { readAnn } from './brat-ann-read'
import { annotationConf, visualConf } from './brat-conf'
import { readBratTypes } from './brat-conf-read'
import { annotationsFromRecords } from './brat-import'
import { bratVocabulary } from './brat-vocabulary'
import { byCodeUnits, inExportOrder } from './export-order'
import type { CorpusFormat, ExportInput, ImportContext, ImportProblem, ImportResult } from './format'
import type { ImportedDocument, InputFile, Loss, OutputFile } from './format'
import { normalizePath } from './input-files'
import { perInput } from './per-input'

/** The files and the losses come from one pass, shared by `serialize` and `losses`. */
const exportBrat = perInput((input: ExportInput): { files: OutputFile[]; losses: Loss[] } => {
  const vocabulary = bratVocabulary(input.schema, input.documents)
  const files: OutputFile[] = [
    { path: 'annotation.conf', content: annotationConf(vocabulary, input.schema.name) },
    { path: 'visual.conf', content: visualConf(vocabulary, input.schema.name) },
  ]
  const losses: Loss[] = []
  for (const document of inExportOrder(input)) {
    const id = document.meta.id
    const folders = document.sets.map((set) => (document.sets.length > 1 ? `${id}.${set.fileStem}` : id))
    if (document.sets.length === 0) folders.push(id)
    for (const [i, folder] of folders.entries()) {
      const set = document.sets[i]
      const ann = set ? writeAnn(document, set, input.schema) : { content: '', losses: [] }
      files.push({ path: `${folder}/${id}.txt`, content: document.text })
      files.push({ path: `${folder}/${id}.ann`, content: ann.content })
      losses.push(...ann.losses)
    }
  }
  return { files, losses }
})

/** The document name (file stem) and annotator stem (of a `<name>.<stem>/` folder) of an .ann path. */
function locate(path: string): { stem: string; folder: string; name: string; annotatorStem: string | null } {
  const stem = path.slice(0, -'.ann'.length)
  const slash = stem.lastIndexOf('/')
  const folder = slash < 0 ? '' : stem.slice(0, slash)
  const name = stem.slice(slash + 1)
  const folderName = folder.slice(folder.lastIndexOf('/') + 1)
  const annotatorStem = folderName.startsWith(`${name}.`) ? folderName.slice(name.length + 1) : null
  return { stem, folder, name, annotatorStem }
}

/**
 * The annotator of a file: the author whose file stem is the folder's (`aicha-benali` → « Aïcha Benali »),
 * else the stem itself (`curated`), else the one author of every annotation; null when nothing says.
 */
function annotatorOf(annotatorStem: string | null, annotations: readonly Annotation[]): string | null {
  const authors = [...new Set(annotations.map((a) => a.author))].sort(byCodeUnits)
  if (annotatorStem !== null)
    return authors.find((author) => annotatorFileStem(author) === annotatorStem) ?? annotatorStem
  return authors.length === 1 ? authors[0]! : null
}

/** The annotation.conf brat would use: the nearest one up the folder tree. */
function nearestConf(folder: string, contents: ReadonlyMap<string, string>): string | null {
  for (let dir = folder; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf('/')))) {
    const conf = contents.get(dir === '' ? 'annotation.conf' : `${dir}/annotation.conf`)
    if (conf !== undefined) return conf
    if (dir === '') return null
  }
}

function parseBrat(files: readonly InputFile[], context: ImportContext): ImportResult {
  const contents = new Map(files.map((f) => [normalizePath(f.path), f.content]))
  const problems: ImportProblem[] = []
  const documents: ImportedDocument[] = []
  const anns = [...contents.keys()].filter((p) => p.endsWith('.ann')).sort(byCodeUnits)
  if (anns.length === 0)
    problems.push({
      file: '',
      line: 0,
      reason: 'no .ann file: a brat folder holds NAME.txt and NAME.ann pairs',
    })
  for (const path of anns) {
    const { stem, folder, name, annotatorStem } = locate(path)
    const given = contents.get(`${stem}.txt`)
    const text =
      given === undefined ? context.textOf(name) : normaliseNewlines(given.replace(/^\uFEFF/, '')).text
    if (text === null) {
      problems.push({
        file: path,
        line: 0,
        reason: `no text: ${stem}.txt is missing and no document is named ${name}`,
      })
      continue
    }
    const conf = nearestConf(folder, contents)
    const read = readAnn(contents.get(path)!, path)
    const built = annotationsFromRecords(read, {
      file: path,
      text,
      raw: given === undefined || given === text ? null : given,
      types: conf === null ? new Map() : readBratTypes(conf),
      annotatorStem,
      context,
    })
    problems.push(...read.problems, ...built.problems)
    const annotator = annotatorOf(annotatorStem, built.annotations)
    documents.push({ name, text, annotator, annotations: built.annotations })
  }
  if (problems.length === 0) return { ok: true, documents }
  return { ok: false, problems: problems.sort((a, b) => byCodeUnits(a.file, b.file) || a.line - b.line) }
}

export const bratFormat: CorpusFormat = {
  id: 'brat',
  label: 'brat standoff',
  serialize: (input) => [...exportBrat(input).files],
  losses: (input) => [...exportBrat(input).losses],
  parse: parseBrat,
}
