// Numbers, dates, times and lists follow the UI language, not the machine's locale.
import { afterEach, describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatList, formatNumber, formatTime } from './format'
import { i18n, setLanguage } from './i18n'

const MOMENT = new Date(2024, 2, 29, 14, 5, 9)

afterEach(() => setLanguage('en'))

describe('formatting in the UI language', () => {
  it('writes numbers with the language’s grouping', async () => {
    await setLanguage('fr')
    expect(formatNumber(20000)).toMatch(/^20\s000$/)
    expect(formatNumber(1.5)).toBe('1,5')
    await setLanguage('en')
    expect(formatNumber(20000)).toBe('20,000')
  })

  it('writes dates and times as each language does', async () => {
    await setLanguage('fr')
    expect(formatDate(MOMENT)).toBe('29 mars 2024')
    expect(formatTime(MOMENT)).toBe('14:05:09')
    expect(formatDateTime(MOMENT.toISOString())).toBe('29 mars 2024, 14:05:09')
    await setLanguage('en')
    expect(formatDate(MOMENT)).toBe('Mar 29, 2024')
    expect(formatTime(MOMENT)).toMatch(/^2:05:09\sPM$/)
  })

  it('joins lists with the language’s words', async () => {
    await setLanguage('fr')
    expect(formatList(['Entité', 'Position'], 'or')).toBe('Entité ou Position')
    expect(formatList(['Aïcha', 'Claire', 'Wang'], 'and')).toBe('Aïcha, Claire et Wang')
    await setLanguage('en')
    expect(formatList(['Entity', 'Position'], 'or')).toBe('Entity or Position')
  })

  it('formats counts inside sentences the same way (i18next’s `number` format)', async () => {
    await setLanguage('fr')
    expect(i18n.t('documents:chars', { count: 20000 })).toMatch(/^20\s000 caractères$/)
    expect(i18n.t('documents:chars', { count: 0 })).toBe('0 caractère')
    expect(i18n.t('documents:chars', { count: 1_000_000 })).toMatch(/^1\s000\s000 de caractères$/)
    await setLanguage('en')
    expect(i18n.t('documents:chars', { count: 1 })).toBe('1 char')
    expect(i18n.t('documents:chars', { count: 20000 })).toBe('20,000 chars')
  })
})
