// Preferences…: the UI language (the system's, English or Français, each named in itself) and the size of
// the document text. A change applies at once and is saved in the workspace's settings, so it is kept
// across restarts.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useModalFocus } from '../../components/use-modal-focus'
import { TEXT_SIZE, UI_LANGUAGES, type Preferences } from '@shared/model/preferences'
import { systemLanguage } from '../../i18n/i18n'
import { applyPreferences, clampTextSize, LANGUAGE_NAMES } from './apply-preferences'

interface PreferencesDialogProps {
  readonly preferences: Preferences
  readonly onChange: (preferences: Preferences) => void
  readonly onClose: () => void
}

export function PreferencesDialog({ preferences, onChange, onClose }: PreferencesDialogProps) {
  const dialog = useModalFocus<HTMLDivElement>(onClose)
  const { t } = useTranslation('preferences')
  // The dialog's own copy, applied at once: the saved session comes back a moment later.
  const [draft, setDraft] = useState(preferences)
  const change = (patch: Partial<Preferences>): void => {
    const next = { ...draft, ...patch, textSize: clampTextSize(patch.textSize ?? draft.textSize) }
    setDraft(next)
    applyPreferences(next)
    onChange(next)
  }
  const size = draft.textSize
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal preferences"
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby="preferences-title"
        data-testid="preferences-dialog"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="preferences-title">{t('title')}</h2>
        <fieldset className="preference">
          <legend>{t('language')}</legend>
          <label className="toggle">
            <input
              type="radio"
              name="language"
              checked={draft.language === null}
              onChange={() => change({ language: null })}
              data-testid="language-system"
            />
            {t('system', { language: LANGUAGE_NAMES[systemLanguage()] })}
          </label>
          {UI_LANGUAGES.map((language) => (
            <label key={language} className="toggle" lang={language}>
              <input
                type="radio"
                name="language"
                checked={draft.language === language}
                onChange={() => change({ language })}
                data-testid={`language-${language}`}
              />
              {LANGUAGE_NAMES[language]}
            </label>
          ))}
        </fieldset>
        <fieldset className="preference">
          <legend>{t('textSize')}</legend>
          <div className="text-size-row">
            <button
              type="button"
              className="small"
              aria-label={t('smaller')}
              disabled={size <= TEXT_SIZE.min}
              onClick={() => change({ textSize: size - 1 })}
              data-testid="text-size-smaller"
            >
              A−
            </button>
            <input
              id="text-size"
              type="range"
              min={TEXT_SIZE.min}
              max={TEXT_SIZE.max}
              step={1}
              value={size}
              aria-label={t('textSize')}
              aria-valuetext={t('pixels', { size })}
              onChange={(e) => change({ textSize: Number(e.target.value) })}
              data-testid="text-size"
            />
            <button
              type="button"
              className="small"
              aria-label={t('larger')}
              disabled={size >= TEXT_SIZE.max}
              onClick={() => change({ textSize: size + 1 })}
              data-testid="text-size-larger"
            >
              A+
            </button>
            <output htmlFor="text-size" data-testid="text-size-value">
              {t('pixels', { size })}
            </output>
          </div>
          <p className="hint">{t('textSizeHint')}</p>
        </fieldset>
        <div className="modal-actions">
          <button
            type="button"
            className="primary"
            autoFocus
            onClick={onClose}
            data-testid="preferences-close"
          >
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  )
}
