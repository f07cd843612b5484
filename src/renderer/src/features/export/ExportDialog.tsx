// File › Export…: choose formats, documents and annotators; Parley first says what each format cannot
// carry (how many annotations, and which), then writes the folder, with progress for big corpora.
import { useEffect, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'
import type { Bridge, ExportDone, ExportPlanSummary, ExportRequest } from '@shared/ipc/contract'
import type { FormatId } from '@shared/formats/format'
import { formatList } from '../../i18n/format'

/** The formats by their own names, the same in every language; what each is for is in `export:hints`. */
const FORMATS: readonly { id: FormatId; label: string }[] = [
  { id: 'parley-json', label: 'Parley JSON' },
  { id: 'jsonl', label: 'JSONL' },
  { id: 'brat', label: 'brat standoff' },
  { id: 'conll', label: 'CoNLL (BIO)' },
  { id: 'w3c', label: 'W3C Web Annotation' },
  { id: 'csv', label: 'CSV' },
]

interface ExportDialogProps {
  readonly api: Bridge
  readonly documentId: string | null
  readonly annotator: string | null
  readonly onClose: () => void
}

export function ExportDialog({ api, documentId, annotator, onClose }: ExportDialogProps) {
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const { t } = useTranslation('export')
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
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        data-testid="export-dialog"
      >
        <h2 id="export-title">{t('title')}</h2>
        {done ? (
          <p data-testid="export-done">
            <Trans
              t={t}
              i18nKey="done"
              count={done.files}
              values={{ dir: done.outputDir }}
              components={{ code: <code /> }}
            />
          </p>
        ) : (
          <>
            <fieldset className="export-formats">
              <legend>{t('formats')}</legend>
              {FORMATS.map((f) => (
                <label key={f.id} className="toggle">
                  <input
                    type="checkbox"
                    checked={formats.includes(f.id)}
                    onChange={() => toggle(f.id)}
                    data-testid={`format-${f.id}`}
                  />
                  <strong>{f.label}</strong> <span className="hint">{t(`hints.${f.id}`)}</span>
                </label>
              ))}
              <label className="toggle">
                <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} /> {t('bom')}
              </label>
            </fieldset>
            <div className="export-scope">
              <label>
                {t('documents')}{' '}
                <select value={scope} onChange={(e) => setScope(e.target.value as 'document' | 'workspace')}>
                  {documentId && <option value="document">{t('thisDocument')}</option>}
                  <option value="workspace">{t('wholeWorkspace')}</option>
                </select>
              </label>
              <label>
                {t('annotators')}{' '}
                <select value={who} onChange={(e) => setWho(e.target.value as 'me' | 'all')}>
                  <option value="all">{t('everyone')}</option>
                  <option value="me">{t('onlyMe', { name: annotator })}</option>
                </select>
              </label>
            </div>
            <div className="export-plan" data-testid="export-plan" aria-live="polite">
              {plan && (
                <p>
                  {plan.annotators.length > 0
                    ? t('plan', {
                        documents: t('documentCount', { count: plan.documents }),
                        annotations: t('annotationCount', { count: plan.annotations }),
                        names: formatList(plan.annotators, 'and'),
                      })
                    : t('planEmpty', { documents: t('documentCount', { count: plan.documents }) })}
                </p>
              )}
              {lossy.map((l) => (
                <details key={l.format} className="loss" data-testid={`loss-${l.format}`}>
                  <summary>
                    {t('cannotCarry', {
                      format: FORMATS.find((f) => f.id === l.format)?.label ?? l.format,
                      count: l.count,
                    })}
                  </summary>
                  <ul>
                    {l.sample.map((s) => (
                      <li key={`${s.documentId}-${s.annotator}-${s.annotationId}-${s.what}`}>
                        {s.documentId} · {s.annotator} · <code>{s.annotationId.slice(0, 8)}</code>: {s.what}
                      </li>
                    ))}
                    {l.count > l.sample.length && <li>{t('more', { count: l.count - l.sample.length })}</li>}
                  </ul>
                </details>
              ))}
              {plan && lossy.length === 0 && <p>{t('carriesAll')}</p>}
            </div>
            {progress && (
              <div className="export-progress">
                <progress
                  max={progress.total}
                  value={progress.done}
                  aria-label={t('progress')}
                  data-testid="export-progress"
                />
                <span>{t('progressCount', { done: progress.done, count: progress.total })}</span>
              </div>
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
            {done ? t('close') : t('cancel')}
          </button>
          {!done && (
            <button
              type="button"
              className="primary"
              disabled={!plan || formats.length === 0}
              onClick={() => void run()}
              data-testid="export-run"
            >
              {lossy.length > 0 ? t('runAnyway') : t('run')}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
