// Test helper for the annotation import: a real workspace in a temporary folder with one short document,
// `voisins`, and ways to hand the import files as the app and the command line do (names and bytes).
import { decodeText } from '../decode-text'
import { makeTempDir } from '../../testing/temp-workspace'
import { addDocument } from '../../workspace/document-store'
import { openWorkspace, type Workspace } from '../../workspace/workspace'

/** Code points: « La Chine » 0–8, « Kazakhstan » 15–25, « sont de bons voisins » 26–46. */
export const VOISINS = 'La Chine et le Kazakhstan sont de bons voisins.\n'

export const NOW = new Date('2024-05-01T10:00:00.000Z')

export async function importWorkspace(
  texts: Readonly<Record<string, string>> = { 'voisins.txt': VOISINS },
): Promise<{ workspace: Workspace; remove: () => Promise<void> }> {
  const temp = await makeTempDir('parley-import-')
  const workspace = await openWorkspace(temp.dir)
  for (const [fileName, text] of Object.entries(texts)) {
    const decoded = decodeText(new TextEncoder().encode(text), fileName)
    if (!decoded.ok) throw new Error(decoded.error.message)
    const meta = await addDocument(temp.dir, fileName, decoded.value, NOW)
    workspace.documents.set(meta.id, meta)
  }
  return { workspace, remove: temp.remove }
}

export const file = (name: string, content: string | Uint8Array): { name: string; bytes: Uint8Array } => ({
  name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
})

export const jsonl = (...lines: readonly unknown[]): string =>
  lines.map((l) => JSON.stringify(l)).join('\n') + '\n'

/** A span of a Parley JSONL line (`spans` entries), by the phrase it covers in `text`. */
export function jsonlSpan(
  text: string,
  id: string,
  label: string,
  phrase: string,
  extra: { attributes?: Record<string, string>; roles?: Record<string, { ref: string }[]> } = {},
): Record<string, unknown> {
  const at = text.indexOf(phrase)
  if (at < 0) throw new Error(`« ${phrase} » not in the text`)
  const start = [...text.slice(0, at)].length
  return {
    id,
    label,
    start,
    end: start + [...phrase].length,
    attributes: extra.attributes ?? {},
    roles: extra.roles ?? {},
    note: '',
    annotator: 'Aïcha Benali',
    created: NOW.toISOString(),
    modified: NOW.toISOString(),
  }
}
