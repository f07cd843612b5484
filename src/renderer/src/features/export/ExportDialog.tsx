// File › Export…: choose formats, documents and annotators; Parley first says what each format cannot
// carry (how many annotations, and which), then writes the folder, with progress for big corpora.
import { useEffect, useState } from 'react'
import type { Bridge, ExportDone, ExportPlanSummary, ExportRequest } from '@shared/ipc/contract'
import type { FormatId } from '@shared/formats/format'

const FORMATS: readonly { id: FormatId; label: string; hint: string }[] = [
  { id: 'parley-json', label: 'Parley JSON', hint: 'everything, for Parley and Python' },
  { id: 'jsonl', label: 'JSONL', hint: 'spaCy, doccano, pandas' },
  { id: 'brat', label: 'brat standoff', hint: '.txt + .ann, opens in brat' },
  { id: 'conll', label: 'CoNLL (BIO)', hint: 'one token per line, a column per category' },
  { id: 'w3c', label: 'W3C Web Annotation', hint: 'JSON-LD' },
  { id: 'csv', label: 'CSV', hint: 'spreadsheets, R' },
]

interface ExportDialogProps {
  readonly api: Bridge
  readonly documentId: string | null
  readonly annotator: string | null
  readonly onClose: () => void
}

export function ExportDialog({ api, documentId, annotator, onClose }: ExportDialogProps) {
  const [formats, setFormats] = useState<FormatId[]>(['parley-json', 'jsonl', 'brat'])
  const [scope, setScope] = useState<'document' | 'workspace'>(documentId ? 'document' : 'workspace')
  const [who, setWho] = useState<'me' | 'all'>('all')
  const [bom, setBom] = useState(false)
  const [planned, setPlan] = useState<{ key: string; summary: ExportPlanSummary } | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [done, setDone] = useState<ExportDone | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const request: ExportRequest = {
    formats,
    documentIds: scope === 'document' && documentId ? [documentId] : null,
    annotators: who === 'me' && annotator ? [annotator] : null,
    bom,
  }
  const key = JSON.stringify(request)
  useEffect(() => {
    let live = true
    if (formats.length > 0)
      void api
        .planExport(JSON.parse(key) as ExportRequest)
        .then((r) => live && (r.ok ? setPlan({ key, summary: r.value }) : setProblem(r.error.message)))
    return () => {
      live = false
    }
  }, [api, key, formats.length])
  useEffect(() => api.subscribe('exportProgress', setProgress), [api])

  const run = async (): Promise<void> => {
    setProblem(null)
    const result = await api.exportCorpus(request)
    if (!result.ok) setProblem(result.error.message)
    else if (result.value) setDone(result.value)
    setProgress(null)
  }
  const toggle = (id: FormatId): void =>
    setFormats((f) => (f.includes(id) ? f.filter((x) => x !== id) : [...f, id]))
  const plan = planned?.key === key ? planned.summary : null
  const lossy = plan?.losses.filter((l) => l.count > 0) ?? []

  return (
    <div className="modal-backdrop">
      <div
        className="modal wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        data-testid="export-dialog"
      >
        <h2 id="export-title">Export annotations</h2>
        {done ? (
          <p data-testid="export-done">
            Wrote {done.files} files to <code>{done.outputDir}</code>.
          </p>
        ) : (
          <>
            <fieldset className="export-formats">
              <legend>Formats</legend>
              {FORMATS.map((f) => (
                <label key={f.id} className="toggle">
                  <input
                    type="checkbox"
                    checked={formats.includes(f.id)}
                    onChange={() => toggle(f.id)}
                    data-testid={`format-${f.id}`}
                  />
                  <strong>{f.label}</strong> <span className="hint">{f.hint}</span>
                </label>
              ))}
              <label className="toggle">
                <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> CSV with a
                BOM (for Excel)
              </label>
            </fieldset>
            <div className="export-scope">
              <label>
                Documents{' '}
                <select value={scope} onChange={(e) => setScope(e.target.value as 'document' | 'workspace')}>
                  {documentId && <option value="document">this document</option>}
                  <option value="workspace">the whole workspace</option>
                </select>
              </label>
              <label>
                Annotators{' '}
                <select value={who} onChange={(e) => setWho(e.target.value as 'me' | 'all')}>
                  <option value="all">everyone</option>
                  <option value="me">only me ({annotator})</option>
                </select>
              </label>
            </div>
            <div className="export-plan" data-testid="export-plan" aria-live="polite">
              {plan && (
                <p>
                  {plan.documents} document{plan.documents === 1 ? '' : 's'}, {plan.annotations} annotations
                  by {plan.annotators.join(', ') || 'nobody yet'}.
                </p>
              )}
              {lossy.map((l) => (
                <details key={l.format} className="loss" data-testid={`loss-${l.format}`}>
                  <summary>
                    ⚠ {FORMATS.find((f) => f.id === l.format)?.label} cannot carry {l.count} item
                    {l.count === 1 ? '' : 's'}
                  </summary>
                  <ul>
                    {l.sample.map((s) => (
                      <li key={`${s.documentId}-${s.annotator}-${s.annotationId}-${s.what}`}>
                        {s.documentId} · {s.annotator} · <code>{s.annotationId.slice(0, 8)}</code>: {s.what}
                      </li>
                    ))}
                    {l.count > l.sample.length && <li>… and {l.count - l.sample.length} more</li>}
                  </ul>
                </details>
              ))}
              {plan && lossy.length === 0 && <p>Every chosen format carries everything.</p>}
            </div>
            {progress && (
              <progress
                max={progress.total}
                value={progress.done}
                aria-label="Export progress"
                data-testid="export-progress"
              />
            )}
          </>
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {done ? 'Close' : 'Cancel'}
          </button>
          {!done && (
            <button
              type="button"
              className="primary"
              disabled={!plan || formats.length === 0}
              onClick={() => void run()}
              data-testid="export-run"
            >
              {lossy.length > 0 ? 'Export anyway' : 'Export'}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
