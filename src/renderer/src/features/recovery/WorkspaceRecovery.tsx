// The recovery screen of a workspace that could not open: which file is damaged and where it breaks, the
// versions Parley kept of it (newest first; one that no longer parses is listed but cannot be chosen), and
// the repairs — restore the chosen version, or for settings.json start with the defaults. It stands in
// front of the window's content (`children`), which mounts once the workspace is open.
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../i18n/format'
import { useStore } from '../../state/store'
import { WorkspaceRepair, type RepairApi, type RepairView } from './workspace-repair'
import './recovery.css'

interface WorkspaceRecoveryProps {
  readonly api: RepairApi
  /** The window's content; gets the message saying where the damaged file was kept. */
  readonly children: (repairedNotice: string | null) => ReactNode
}

export function WorkspaceRecovery({ api, children }: WorkspaceRecoveryProps) {
  const { t } = useTranslation('workspace-recovery')
  const [repair] = useState(() => new WorkspaceRepair(api))
  useEffect(() => void repair.check(), [repair])
  const view = useStore(repair.view, (v) => v)
  if (view.stage === 'open') return children(repairedNotice(view, t))
  if (view.stage === 'checking') return <div className="loading">{view.problem ?? t('checking')}</div>
  return <RecoveryScreen repair={repair} view={view} />
}

function repairedNotice(
  view: RepairView,
  t: (key: string, options?: Record<string, unknown>) => string,
): string | null {
  const done = view.repaired
  if (!done) return null
  const path = done.path ?? ''
  return done.what === 'backup'
    ? t('repaired.backup', { time: done.savedAt ? formatDateTime(done.savedAt) : '', path })
    : t('repaired.defaults', { path })
}

function RecoveryScreen({ repair, view }: { readonly repair: WorkspaceRepair; readonly view: RepairView }) {
  const { t } = useTranslation('workspace-recovery')
  const damage = view.damage
  if (!damage) return null
  const where =
    damage.line === null
      ? t('where.unknown', { file: damage.file })
      : t('where.at', { file: damage.file, line: damage.line, column: damage.column ?? 1 })
  return (
    <main
      className="workspace-recovery"
      data-testid="workspace-recovery"
      aria-labelledby="workspace-recovery-title"
    >
      <h1 id="workspace-recovery-title">{t('title')}</h1>
      <p className="workspace-recovery-where" data-testid="workspace-damage-where">
        {where}
      </p>
      <p className="recovery-damage" data-testid="workspace-damage-message">
        {damage.message}
      </p>
      <p>{t('explain', { file: damage.file })}</p>
      {view.repaired && (
        <p role="status" data-testid="workspace-repaired">
          {repairedNotice(view, t)}
        </p>
      )}
      {damage.backups.length === 0 ? (
        <p data-testid="workspace-no-backup">{t('backups.none')}</p>
      ) : (
        <fieldset className="recovery-backups" disabled={view.busy}>
          <legend>{t('backups.label')}</legend>
          {damage.backups.map((backup) => (
            <label key={backup.name} className="toggle" data-testid="workspace-backup">
              <input
                type="radio"
                name="workspace-backup"
                value={backup.name}
                checked={view.chosen === backup.name}
                disabled={!backup.readable}
                onChange={() => repair.choose(backup.name)}
              />
              <time dateTime={backup.savedAt}>{formatDateTime(backup.savedAt)}</time>
              {!backup.readable && <span className="recovery-unreadable">{t('backups.unreadable')}</span>}
            </label>
          ))}
        </fieldset>
      )}
      {view.problem && (
        <p role="alert" className="recovery-damage" data-testid="workspace-repair-problem">
          {t('refused', { message: view.problem })}
        </p>
      )}
      <div className="modal-actions">
        {damage.file === 'settings.json' && (
          <button
            type="button"
            disabled={view.busy}
            onClick={() => void repair.startWithDefaults()}
            data-testid="workspace-defaults"
          >
            {t('defaults')}
          </button>
        )}
        <button
          type="button"
          className="primary"
          disabled={!view.chosen || view.busy}
          onClick={() => void repair.restore()}
          data-testid="workspace-restore"
        >
          {t('restore')}
        </button>
      </div>
      {damage.file === 'settings.json' && <p className="workspace-recovery-hint">{t('defaultsHint')}</p>}
    </main>
  )
}
