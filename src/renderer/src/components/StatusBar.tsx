// The status bar: who is annotating, the workspace, and whether the work is saved (truthfully).
import type { SaveStatus } from '../state/save-queue'

interface StatusBarProps {
  readonly annotator: string | null
  readonly workspacePath: string
  readonly save: SaveStatus
  readonly onChangeAnnotator: () => void
}

const saveText = (save: SaveStatus): string =>
  save.state === 'saved' ? 'Saved' : save.state === 'saving' ? 'Saving…' : `Not saved: ${save.message}`

export function StatusBar({ annotator, workspacePath, save, onChangeAnnotator }: StatusBarProps) {
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span
        className={`save-status ${save.state}`}
        data-testid="save-status"
        role="status"
        aria-live="polite"
      >
        {saveText(save)}
      </span>
      <span className="workspace" title={workspacePath}>
        Workspace: {workspacePath}
      </span>
      <button
        type="button"
        className="link"
        onClick={onChangeAnnotator}
        data-testid="annotator-name"
        title="Change annotator"
      >
        Annotator: {annotator ?? '—'}
      </button>
    </footer>
  )
}
