// What the editor specs read back from the workspace: the sample's annotation file for Claire Dubois, and
// offsets as Python counts them in the canonical text (code points), computed by Python itself.
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

export const SAMPLE = 'cn-kz-strategic-dialogue-2024-03-29-fr'

export interface StoredAnnotation {
  id: string
  label: string
  start: number
  end: number
  fragments?: { start: number; end: number }[]
  quote: { exact: string }
  attributes: Record<string, string>
  roles: Record<string, ({ ref: string } | { text: string })[]>
  author: string
}

export const canonicalTextPath = (workspace: string): string =>
  join(workspace, 'documents', SAMPLE, 'text.txt')

export const annotationFile = (workspace: string): string =>
  join(workspace, 'documents', SAMPLE, 'annotations', 'claire-dubois.json')

/** The annotations on disk, or none when the file is not written yet. */
export async function storedAnnotations(workspace: string): Promise<StoredAnnotation[]> {
  try {
    const set = JSON.parse(await readFile(annotationFile(workspace), 'utf8')) as {
      annotations: StoredAnnotation[]
    }
    return set.annotations
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** `LABEL[:type] quote` for each annotation on disk, in file order: short enough to compare at a glance. */
export async function storedRows(workspace: string): Promise<string[]> {
  return (await storedAnnotations(workspace)).map(
    (a) => `${a.label}${a.attributes.type ? `:${a.attributes.type}` : ''} ${a.quote.exact}`,
  )
}

/**
 * `[start, end)` of `quote` in code points, as Python's `str.index` finds it inside the first occurrence of
 * `passage` (the quote itself by default) in the canonical text.
 */
export function pythonOffsets(workspace: string, quote: string, passage = quote): [number, number] {
  const script = [
    'import sys',
    't = open(sys.argv[1], encoding="utf-8", newline="").read()',
    'p = t.index(sys.argv[3])',
    'i = p + t[p:].index(sys.argv[2])',
    'print(i, i + len(sys.argv[2]))',
  ].join('\n')
  const out = execFileSync('python3', ['-c', script, canonicalTextPath(workspace), quote, passage], {
    encoding: 'utf8',
  })
  const [start, end] = out.trim().split(' ').map(Number)
  return [start ?? -1, end ?? -1]
}
