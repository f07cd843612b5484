// The menu's label table: both languages name every item, and the language follows the preference, then
// the OS locale.
import { describe, expect, it } from 'vitest'
import { MENU_LABELS, menuLanguage } from './menu-labels'

describe('menu labels', () => {
  it('has the same items in English and French, none empty, French differing', () => {
    expect(Object.keys(MENU_LABELS.fr).sort()).toEqual(Object.keys(MENU_LABELS.en).sort())
    for (const [key, value] of Object.entries(MENU_LABELS.fr)) {
      expect(value, key).not.toBe('')
      expect(value, key).not.toBe(MENU_LABELS.en[key as keyof typeof MENU_LABELS.en])
    }
  })

  it('keeps an ellipsis on items that ask something more, in both languages', () => {
    for (const key of Object.keys(MENU_LABELS.en) as (keyof typeof MENU_LABELS.en)[])
      expect(MENU_LABELS.fr[key].endsWith('…'), key).toBe(MENU_LABELS.en[key].endsWith('…'))
  })

  it('follows the preference first, then the OS locale, else English', () => {
    expect(menuLanguage('fr', 'en-US')).toBe('fr')
    expect(menuLanguage('en', 'fr-FR')).toBe('en')
    expect(menuLanguage(null, 'fr-CA')).toBe('fr')
    expect(menuLanguage(undefined, 'fr_BE')).toBe('fr')
    expect(menuLanguage(null, 'de-DE')).toBe('en')
  })
})
