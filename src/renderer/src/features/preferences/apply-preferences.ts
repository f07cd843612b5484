// Applies the analyst's preferences to the window: the UI language (with `<html lang>`), and the size of
// the document text as the `--text-size` CSS variable the text view reads. Everything else scales with
// the window's zoom, not with this setting.
import { useEffect } from 'react'
import { TEXT_SIZE, type Preferences, type UiLanguage } from '@shared/model/preferences'
import { applyLanguage } from '../../i18n/i18n'

/** Each language named in itself, whatever the UI language. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: 'English', fr: 'Français' }

/** A text size the settings accept: a whole number of pixels within the range. */
export const clampTextSize = (size: number): number =>
  Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, Math.round(size)))

export function applyPreferences(preferences: Preferences): void {
  void applyLanguage(preferences.language)
  document.documentElement.style.setProperty('--text-size', `${clampTextSize(preferences.textSize)}px`)
}

/** Applies the session's preferences whenever they change (at start, after a save, on another workspace). */
export function useAppliedPreferences(preferences: Preferences | undefined): void {
  const language = preferences?.language
  const textSize = preferences?.textSize
  useEffect(() => {
    if (language !== undefined && textSize !== undefined) applyPreferences({ language, textSize })
  }, [language, textSize])
}
