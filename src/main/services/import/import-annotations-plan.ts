// Turns what the formats read into the changes an import would make, without writing anything: for each
// document read, whose set it is (the file's annotator, else the one given), which workspace document it
// goes to (import-annotations-target.ts), its labels mapped and checked against the tag schema, its spans
// re-anchored when that document's text differs from the file's (a span whose quote cannot be placed is
// listed, never shifted, and so is one whose role points at such a span), and finally the same checks a
// save runs. Every problem of every file is collected: any one refuses the whole import.
import type { ImportProblem } from '@shared/formats/format'
import type { Annotation } from '@shared/model/annotation'
import { reanchorAnnotations, type FlagReason } from '@shared/model/reanchor'
import type { TagSchema } from '@shared/model/tag-schema'
import { createOffsetIndex } from '@shared/text/offsets'
import { checkChanges } from '../workspace/check-changes'
import { annotatorFileStem } from '../workspace/workspace-paths'
import type { Workspace } from '../workspace/workspace'
import { createLabelChecker, unknownLabelReason, type LabelMap } from './import-annotations-labels'
import { lineOfAnnotation } from './import-annotations-lines'
import type { ReadUnit } from './import-annotations-read'
import { createTargetResolver, type Target } from './import-annotations-target'
import type { TextOf } from './import-annotations-texts'

/** The author the formats give spans that do not name one; replaced by the set's annotator. */
export const UNATTRIBUTED = '\u0000unattributed'

export const NO_ANNOTATOR = 'say who made these annotations: --annotator NAME'

export interface NotAnchored {
  readonly file: string
  readonly line: number
  readonly annotationId: string
  readonly quote: string
  readonly reason: string
}

export interface PlannedSet {
  readonly file: string
  readonly target: Target
  readonly annotator: string
  readonly annotations: readonly Annotation[]
  readonly moved: readonly string[]
  readonly notAnchored: readonly NotAnchored[]
}

export interface PlanSettings {
  readonly annotator: string | null
  readonly labelMap: LabelMap
  readonly now: string
  readonly textOf: TextOf
  readonly schema: TagSchema
}

export type ImportPlanResult =
  | { readonly ok: true; readonly sets: readonly PlannedSet[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] }

const FLAG_REASONS: Record<FlagReason, string> = {
  'quote-not-found': 'its quote is not in the changed text',
  ambiguous: 'its quote occurs several times in the changed text and the context does not tell which',
}

export async function planImport(
  workspace: Workspace,
  units: readonly ReadUnit[],
  settings: PlanSettings,
): Promise<ImportPlanResult> {
  const labels = createLabelChecker(settings.schema, settings.labelMap)
  const problems: ImportProblem[] = [...labels.mapProblems]
  const targetOf = createTargetResolver(workspace, settings.textOf)
  const unknown = new Map<string, { file: string; label: string; line: number; count: number }>()
  const owners = new Map<string, string>()
  const sets: PlannedSet[] = []
  const filesWithoutAnnotator = new Set<string>()
  for (const unit of units) {
    const at = (annotation: Annotation): number =>
      lineOfAnnotation(unit.content, unit.format, annotation.id, settings.now)
    // A reader that names the set after its spans' one author (brat) may name the placeholder.
    const named = unit.document.annotator === UNATTRIBUTED ? null : unit.document.annotator
    const annotator = named ?? settings.annotator
    if (annotator === null) {
      if (!filesWithoutAnnotator.has(unit.file))
        problems.push({ file: unit.file, line: 0, reason: NO_ANNOTATOR })
      filesWithoutAnnotator.add(unit.file)
      continue
    }
    const relabelled: Annotation[] = []
    for (const read of unit.document.annotations) {
      const annotation = read.author === UNATTRIBUTED ? { ...read, author: annotator } : read
      const checked = labels.relabel(annotation)
      if ('annotation' in checked) relabelled.push(checked.annotation)
      else {
        const key = JSON.stringify([unit.file, checked.unknown])
        const seen = unknown.get(key)
        if (seen) seen.count++
        else unknown.set(key, { file: unit.file, label: checked.unknown, line: at(annotation), count: 1 })
      }
    }
    const target = targetOf(unit.document.name, unit.document.text)
    if ('problem' in target) {
      problems.push({ file: unit.file, line: 0, reason: target.problem })
      continue
    }
    const document = target.kind === 'existing' ? target.meta.id : `new ${target.document.decoded.textSha256}`
    // Two names with one file stem (« Aïcha », « aicha ») would share one set file.
    const owner = JSON.stringify([document, annotatorFileStem(annotator)])
    const first = owners.get(owner)
    if (first !== undefined) {
      problems.push({
        file: unit.file,
        line: 0,
        reason: `${annotator}'s set of this document is also in ${first}`,
      })
      continue
    }
    owners.set(owner, unit.file)
    const placed = place(unit, target, relabelled, at)
    const existing = await existingAnnotations(workspace, target, annotator)
    if ('problem' in existing) {
      problems.push({ file: unit.file, line: 0, reason: existing.problem })
      continue
    }
    const known = new Set([...existing.annotations, ...placed.annotations].map((a) => a.id))
    for (const a of placed.annotations)
      for (const [role, fillers] of Object.entries(a.roles))
        for (const filler of fillers)
          if ('ref' in filler && !known.has(filler.ref))
            problems.push({
              file: unit.file,
              line: at(a),
              reason: `annotation ${a.id}: its role ${role} refers to ${filler.ref}, which is neither in the file nor in ${annotator}'s set`,
            })
    const index = createOffsetIndex(target.text)
    const changes = placed.annotations.map((annotation) => ({ op: 'put' as const, annotation }))
    const checked = checkChanges(target.text, index, existing.annotations, changes)
    if (!checked.ok) problems.push({ file: unit.file, line: 0, reason: checked.error.message })
    sets.push({ file: unit.file, target, annotator, ...placed })
  }
  for (const { file, label, line, count } of unknown.values())
    problems.push({ file, line, reason: unknownLabelReason(label, count) })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sets }
}

/** Re-anchors the spans when the target's text is not the file's; drops (and lists) what cannot be placed. */
function place(
  unit: ReadUnit,
  target: Target,
  annotations: readonly Annotation[],
  at: (annotation: Annotation) => number,
): Pick<PlannedSet, 'annotations' | 'moved' | 'notAnchored'> {
  if (unit.document.text === null || unit.document.text === target.text)
    return { annotations, moved: [], notAnchored: [] }
  const reanchored = reanchorAnnotations(target.text, createOffsetIndex(target.text), annotations)
  const excluded = new Map(reanchored.flagged.map((f) => [f.id, FLAG_REASONS[f.reason]]))
  for (let changed = true; changed;) {
    changed = false
    for (const a of reanchored.annotations) {
      if (excluded.has(a.id)) continue
      const role = Object.entries(a.roles).find(([, fillers]) =>
        fillers.some((f) => 'ref' in f && excluded.has(f.ref)),
      )
      if (role) {
        excluded.set(a.id, `its role ${role[0]} refers to a span that cannot be re-anchored`)
        changed = true
      }
    }
  }
  const notAnchored = annotations
    .filter((a) => excluded.has(a.id))
    .map((a) => ({
      file: unit.file,
      line: at(a),
      annotationId: a.id,
      quote: a.quote.exact,
      reason: excluded.get(a.id)!,
    }))
  return {
    annotations: reanchored.annotations.filter((a) => !excluded.has(a.id)),
    moved: reanchored.moved.filter((id) => !excluded.has(id)),
    notAnchored,
  }
}

/** The annotator's set the import merges into; refused when another annotator's set has its file name. */
async function existingAnnotations(
  workspace: Workspace,
  target: Target,
  annotator: string,
): Promise<{ readonly annotations: readonly Annotation[] } | { readonly problem: string }> {
  if (target.kind === 'new') return { annotations: [] }
  const stem = annotatorFileStem(annotator)
  const set = (await workspace.annotations.setsOf(target.meta)).find(
    (s) => annotatorFileStem(s.annotator) === stem,
  )
  if (set && set.annotator !== annotator)
    return {
      problem: `${annotator}'s annotations would go into ${set.annotator}'s file (${stem}.json) of ${target.meta.id}; import them under that name or another`,
    }
  return { annotations: set?.annotations ?? [] }
}
