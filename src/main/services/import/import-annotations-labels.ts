// Checks the labels of imported annotations against the workspace's tag schema, after an optional label
// map (`ORG` → `ENTITY:ORGANIZATION`) has renamed them. A label the schema does not know is refused, once
// per file and label with the line of its first span, so the analyst maps it or adds it to the schema
// rather than importing tags nobody can see or edit.
import type { ImportProblem } from '@shared/formats/format'
import type { Annotation } from '@shared/model/annotation'
import { schemaLabels } from '@shared/model/schema-labels'
import { flatLabel, TYPE_ATTRIBUTE, type TagSchema } from '@shared/model/tag-schema'

/** Flat labels as the files write them (`ORG`, `ENTITY:STATE`) → flat labels of the schema. */
export type LabelMap = Readonly<Record<string, string>>

export interface LabelChecker {
  /** The annotation with its label mapped, or the unknown flat label. */
  relabel(annotation: Annotation): { readonly annotation: Annotation } | { readonly unknown: string }
  /** Problems with the map itself (a target the schema does not know). */
  readonly mapProblems: readonly ImportProblem[]
}

export function createLabelChecker(schema: TagSchema, labelMap: LabelMap = {}): LabelChecker {
  const known = new Set(schemaLabels(schema).map((l) => l.label))
  const entries = Object.entries(labelMap)
  const mapProblems = entries
    .filter(([, to]) => !known.has(to))
    .map(([from, to]) => ({
      file: 'label map',
      line: 0,
      reason: `${from} → ${to}: ${to} is not a label of the tag schema "${schema.name}"`,
    }))
  const exact = new Map(entries)
  const folded = new Map(entries.map(([from, to]) => [from.toUpperCase(), to]))
  return {
    mapProblems,
    relabel(annotation) {
      const label = flatLabel(annotation)
      const target = exact.get(label) ?? folded.get(label.toUpperCase()) ?? label
      if (!known.has(target)) return { unknown: label }
      return { annotation: withFlatLabel(annotation, target) }
    },
  }
}

function withFlatLabel(annotation: Annotation, label: string): Annotation {
  if (label === flatLabel(annotation)) return annotation
  const [category = label, type] = label.split(':', 2)
  const { [TYPE_ATTRIBUTE]: _old, ...attributes } = annotation.attributes
  return {
    ...annotation,
    label: category,
    attributes: type === undefined ? attributes : { ...attributes, [TYPE_ATTRIBUTE]: type },
  }
}

export const unknownLabelReason = (label: string, count: number): string =>
  `unknown label ${label}${count > 1 ? ` (${count} spans, the first here)` : ''}; ` +
  'map it to a label of the tag schema or add it to the schema'
