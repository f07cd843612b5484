// Agreement between annotators, for the open document or the whole workspace: choose the scope and two or
// more annotators; Parley computes (with progress) and shows each category, its labels, and everything,
// for all of them or one pair. A figure lists the disagreements behind it, and a disagreement opens the
// review there. The report exports as CSV or Markdown.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bridge } from '@shared/ipc/contract'
import type { AgreementReport, Disagreement } from '@shared/review/review-types'
import { useModalFocus } from '../../components/use-modal-focus'
import { AgreementTable } from './AgreementTable'
import type { FigureRow } from './agreement-view'
import { DisagreementList } from './DisagreementList'
import './agreement.css'

type Api = Pick<Bridge, 'annotatorsOf' | 'agreementReport' | 'saveAgreementReport' | 'subscribe'>

interface AgreementPanelProps {
  readonly api: Api
  /** The open document, if any: the default scope. */
  readonly documentId: string | null
  readonly remembered: readonly string[]
  readonly onOpenDisagreement: (disagreement: Disagreement, annotators: readonly string[]) => void
  readonly onClose: () => void
}

export function AgreementPanel({
  api,
  documentId,
  remembered,
  onOpenDisagreement,
  onClose,
}: AgreementPanelProps) {
  const { t } = useTranslation('agreement')
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const [scope, setScope] = useState<'document' | 'workspace'>(documentId ? 'document' : 'workspace')
  const [available, setAvailable] = useState<readonly string[]>([])
  const [chosen, setChosen] = useState<readonly string[]>([])
  const [report, setReport] = useState<{ key: string; report: AgreementReport | null } | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [pair, setPair] = useState<number | null>(null)
  const [behind, setBehind] = useState<{ row: FigureRow; measure: string } | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const documentIds = scope === 'document' && documentId ? [documentId] : null
  const annotators = available.filter((a) => chosen.includes(a))
  const key = JSON.stringify({ annotators, documentIds })

  useEffect(() => {
    let live = true
    void api.annotatorsOf(scope === 'document' ? documentId : null).then((r) => {
      if (!live) return
      if (!r.ok) return setProblem(r.error.message)
      const again = remembered.filter((name) => r.value.includes(name))
      setAvailable(r.value)
      setChosen(again.length >= 2 ? again : r.value)
    })
    return () => {
      live = false
    }
  }, [api, scope, documentId, remembered])

  useEffect(() => api.subscribe('agreementProgress', setProgress), [api])

  useEffect(() => {
    const request = JSON.parse(key) as { annotators: string[]; documentIds: string[] | null }
    if (request.annotators.length < 2) return
    let live = true
    void api.agreementReport(request).then((r) => {
      if (!live) return
      setProgress(null)
      setProblem(r.ok ? null : r.error.message)
      setReport({ key, report: r.ok ? r.value : null })
      setPair(null)
      setBehind(null)
    })
    return () => {
      live = false
    }
  }, [api, key])

  const current = report?.key === key ? report.report : null
  const computing = annotators.length >= 2 && report?.key !== key
  const exportAs = async (format: 'csv' | 'markdown'): Promise<void> => {
    setSaved(null)
    const r = await api.saveAgreementReport({ annotators, documentIds, format })
    if (!r.ok) setProblem(r.error.message)
    else if (r.value) setSaved(r.value.path)
  }
  const toggle = (name: string): void =>
    setChosen((c) => (c.includes(name) ? c.filter((n) => n !== name) : [...c, name]))

  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal wide agreement-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="agreement-title"
        data-testid="agreement-panel"
      >
        <h2 id="agreement-title">{t('title')}</h2>
        <div className="agreement-controls">
          <label>
            {t('scope.label')}{' '}
            <select value={scope} onChange={(e) => setScope(e.target.value as 'document' | 'workspace')}>
              {documentId && <option value="document">{t('scope.document')}</option>}
              <option value="workspace">{t('scope.workspace')}</option>
            </select>
          </label>
          <fieldset className="agreement-annotators">
            <legend>{t('annotators')}</legend>
            {available.map((name) => (
              <label key={name} className="toggle">
                <input
                  type="checkbox"
                  checked={chosen.includes(name)}
                  onChange={() => toggle(name)}
                  data-testid="agreement-annotator"
                  value={name}
                />
                {name}
              </label>
            ))}
          </fieldset>
        </div>
        {annotators.length < 2 && <p className="hint">{t('tooFew')}</p>}
        {computing && (
          <progress
            max={Math.max(1, progress?.total ?? 1)}
            value={progress?.done ?? 0}
            aria-label={t('progress')}
            data-testid="agreement-progress"
          />
        )}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        {current && (
          <>
            <AgreementTable
              report={current}
              pair={pair}
              onPair={(p) => {
                setPair(p)
                setBehind(null)
              }}
              selected={behind}
              onFigure={(row, measure) => setBehind({ row, measure })}
            />
            {behind && (
              <DisagreementList
                report={current}
                row={behind.row}
                measure={behind.measure}
                pair={pair}
                onOpen={(d) =>
                  onOpenDisagreement(d, pair === null ? annotators : current.pairs[pair]!.annotators)
                }
              />
            )}
          </>
        )}
        {saved && (
          <p className="agreement-saved" data-testid="agreement-saved">
            {t('export.saved')} <code>{saved}</code>
          </p>
        )}
        <div className="modal-actions">
          <button
            type="button"
            disabled={!current}
            onClick={() => void exportAs('csv')}
            data-testid="agreement-export-csv"
          >
            {t('export.csv')}
          </button>
          <button
            type="button"
            disabled={!current}
            onClick={() => void exportAs('markdown')}
            data-testid="agreement-export-markdown"
          >
            {t('export.markdown')}
          </button>
          <button type="button" className="primary" onClick={onClose} data-testid="agreement-close">
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  )
}
