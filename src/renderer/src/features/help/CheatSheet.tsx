// The `?` cheat sheet: every command with its shortcuts, plus the palette's keys from the tag schema.
import { useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'
import { findCategory, type TagSchema } from '@shared/model/tag-schema'
import { schemaLabels, type SchemaLabel } from '@shared/model/schema-labels'
import { allCommands } from '../../commands/all-commands'
import { displayShortcut, groupLabel } from '../../commands/command'
import { categoryLabel, typeLabel } from '../../i18n/schema-text'
import { DRAFT_KEYS, REVIEW_KEYS } from '../../state/review-keys'

/** A label's name in words (`State` for ENTITY:STATE), beside its stored form. */
function labelName(schema: TagSchema, label: SchemaLabel): string {
  const category = findCategory(schema, label.category)
  if (!category) return ''
  const type = label.type === undefined ? undefined : category.types.find((t) => t.id === label.type)
  return type ? typeLabel(category, type) : categoryLabel(category)
}

export function CheatSheet({ schema, onClose }: { schema: TagSchema; onClose: () => void }) {
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const { t } = useTranslation('help')
  const groups = [...new Set(allCommands.map((c) => c.group))]
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal wide"
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="cheat-title"
        data-testid="cheat-sheet"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="cheat-title">{t('title')}</h2>
        <div className="cheat-columns">
          <section>
            <h3>{t('tagging')}</h3>
            <p className="hint">
              {t('taggingHint', {
                shift: displayShortcut('Shift'),
                alt: displayShortcut('Alt'),
                mod: displayShortcut('Mod'),
              })}
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
                          {t('or')} <kbd>{l.number}</kbd>
                        </>
                      )}
                    </td>
                    <td>
                      {l.label} <span className="hint">{labelName(schema, l)}</span>
                    </td>
                  </tr>
                ))}
                <tr>
                  <td>
                    <kbd>{displayShortcut('Enter')}</kbd>
                  </td>
                  <td>{t('lastAgain')}</td>
                </tr>
              </tbody>
            </table>
          </section>
          {groups.map((group) => (
            <section key={group}>
              <h3>{groupLabel(group)}</h3>
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
          <ReviewKeys />
        </div>
        <div className="modal-actions">
          <button type="button" className="primary" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  )
}

/** Review mode's keys (the `review` namespace says what each does). */
function ReviewKeys() {
  const { t } = useTranslation('review')
  return (
    <section data-testid="cheat-review">
      <h3>{t('keys.section')}</h3>
      <table>
        <tbody>
          {[...REVIEW_KEYS, ...DRAFT_KEYS].map((k) => (
            <tr key={k.does}>
              <td>
                {k.keys.map((key) => (
                  <kbd key={key}>{displayShortcut(key)}</kbd>
                ))}
              </td>
              <td>{t(k.does)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
