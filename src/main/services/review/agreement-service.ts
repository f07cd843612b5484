// Agreement reports for the app: checks the request against the workspace, pools the documents one by one
// (reporting progress and letting the event loop breathe between documents, so saves and other requests
// go on meanwhile), and writes the report as CSV or Markdown where the analyst chose.
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { AgreementRequest, SaveReportRequest } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'
import { createAgreementTally } from '@shared/review/agreement-tally'
import { reportToCsv } from '@shared/review/report-csv'
import { reportToMarkdown } from '@shared/review/report-markdown'
import type { AgreementReport } from '@shared/review/review-types'
import { writeFileAtomically } from '../storage/write-file-atomically'
import type { Workspace } from '../workspace/workspace'
import { agreementDocuments } from './agreement-input'
import { annotatorsOf } from './review-services'

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export async function agreementReport(
  workspace: Workspace,
  request: AgreementRequest,
  onProgress: (done: number, total: number) => void,
): Promise<Result<AgreementReport>> {
  const known = await annotatorsOf(workspace, null)
  if (!known.ok) return known
  const unknown = request.annotators.filter((a) => !known.value.includes(a))
  if (unknown.length > 0)
    return err(
      'not-found',
      `No annotation set by ${unknown.join(', ')} in this workspace; annotators: ${known.value.join(', ') || 'none'}`,
    )
  const missing = (request.documentIds ?? []).filter((id) => !workspace.documents.has(id))
  if (missing.length > 0) return err('not-found', `No document ${missing.join(', ')} in ${workspace.root}`)
  const categories = workspace.tagSchema.data.tagSchema.categories.map((c) => c.id)
  const tally = createAgreementTally(request.annotators, categories)
  const total = request.documentIds?.length ?? workspace.documents.size
  let done = 0
  onProgress(0, total)
  for await (const document of agreementDocuments(workspace, request)) {
    tally.addDocument(document)
    onProgress(++done, total)
    await nextTurn()
  }
  return ok(tally.report())
}

export async function saveAgreementReport(
  workspace: Workspace,
  request: SaveReportRequest,
  pickFile: ((suggestedName: string) => Promise<string | null>) | undefined,
): Promise<Result<{ readonly path: string } | null>> {
  const extension = request.format === 'csv' ? 'csv' : 'md'
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const name = `agreement-${request.annotators.join('-vs-')}-${stamp}.${extension}`.replace(
    /[^\p{L}\p{N}._-]+/gu,
    '_',
  )
  const path = pickFile ? await pickFile(name) : join(workspace.root, 'exports', name)
  if (!path) return ok(null)
  const report = await agreementReport(workspace, request, () => undefined)
  if (!report.ok) return report
  const text = request.format === 'csv' ? reportToCsv(report.value) : reportToMarkdown(report.value)
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomically(path, text)
  return ok({ path })
}
