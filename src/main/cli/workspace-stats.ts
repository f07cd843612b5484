// Counts what a workspace holds, for `parley stats`: documents, annotators with their annotation counts,
// and annotations per category and per label (`ENTITY:STATE`), overall and per document. Keys come out in
// code-unit order so the JSON output is stable.
import { byCodeUnits } from '@shared/formats/export-order'
import { flatLabel } from '@shared/model/tag-schema'
import type { Workspace } from '../services/workspace/workspace'

export interface WorkspaceStats {
  readonly workspace: string
  readonly tagSchema: { readonly name: string; readonly version: number }
  readonly documents: number
  readonly annotations: number
  readonly annotators: Readonly<Record<string, number>>
  readonly categories: Readonly<Record<string, number>>
  readonly labels: Readonly<Record<string, number>>
  readonly perDocument: readonly {
    readonly id: string
    readonly title: string
    readonly length: number
    readonly annotators: Readonly<Record<string, number>>
  }[]
}

export async function workspaceStats(workspace: Workspace): Promise<WorkspaceStats> {
  const annotators = new Map<string, number>()
  const categories = new Map<string, number>()
  const labels = new Map<string, number>()
  const perDocument: WorkspaceStats['perDocument'][number][] = []
  let annotations = 0
  const count = (map: Map<string, number>, key: string, n = 1): void => {
    map.set(key, (map.get(key) ?? 0) + n)
  }
  for (const meta of [...workspace.documents.values()].sort((a, b) => byCodeUnits(a.id, b.id))) {
    const sets = await workspace.annotations.setsOf(meta)
    for (const set of sets) {
      count(annotators, set.annotator, set.annotations.length)
      annotations += set.annotations.length
      for (const a of set.annotations) {
        count(categories, a.label)
        count(labels, flatLabel(a))
      }
    }
    perDocument.push({
      id: meta.id,
      title: meta.title,
      length: meta.length,
      annotators: sorted(new Map(sets.map((s) => [s.annotator, s.annotations.length]))),
    })
  }
  const { name, version } = workspace.tagSchema.data.tagSchema
  return {
    workspace: workspace.root,
    tagSchema: { name, version },
    documents: perDocument.length,
    annotations,
    annotators: sorted(annotators),
    categories: sorted(categories),
    labels: sorted(labels),
    perDocument,
  }
}

const sorted = (map: ReadonlyMap<string, number>): Record<string, number> =>
  Object.fromEntries([...map].sort(([a], [b]) => byCodeUnits(a, b)))
