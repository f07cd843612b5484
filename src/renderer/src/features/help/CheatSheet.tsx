// The `?` cheat sheet: every command with its shortcuts, plus the palette's keys from the tag schema.
import type { TagSchema } from '@shared/model/tag-schema'
import { schemaLabels } from '@shared/model/schema-labels'
import { allCommands } from '../../commands/all-commands'
import { displayShortcut } from '../../commands/command'

export function CheatSheet({ schema, onClose }: { schema: TagSchema; onClose: () => void }) {
  const groups = [...new Set(allCommands.map((c) => c.group))]
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="cheat-title"
        data-testid="cheat-sheet"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="cheat-title">Keyboard shortcuts</h2>
        <div className="cheat-columns">
          <section>
            <h3>Tagging a selection</h3>
            <p className="hint">
              Select text with the mouse or Shift+arrows (Ctrl+Shift+arrows by word); hold Alt to keep the
              exact selection; hold Ctrl/⌘ to add a fragment to the selected span.
            </p>
            <table>
              <tbody>
                {schemaLabels(schema).map((l) => (
                  <tr key={`${l.category}:${l.type ?? ''}`}>
                    <td>
                      <kbd>{l.keys}</kbd>
                      {l.number !== undefined && (
                        <>
                          {' '}
                          or <kbd>{l.number}</kbd>
                        </>
                      )}
                    </td>
                    <td>{l.label}</td>
                  </tr>
                ))}
                <tr>
                  <td>
                    <kbd>Enter</kbd>
                  </td>
                  <td>the last label again</td>
                </tr>
              </tbody>
            </table>
          </section>
          {groups.map((group) => (
            <section key={group}>
              <h3>{group}</h3>
              <table>
                <tbody>
                  {allCommands
                    .filter((c) => c.group === group)
                    .map((c) => (
                      <tr key={c.id}>
                        <td>
                          {c.shortcuts.map((s) => (
                            <kbd key={s}>{displayShortcut(s)}</kbd>
                          ))}
                        </td>
                        <td>{c.label}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
        <div className="modal-actions">
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  )
}
