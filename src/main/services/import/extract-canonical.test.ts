import { describe, expect, it } from 'vitest'
import { tidyExtractedText } from './extract-canonical'

describe('tidyExtractedText', () => {
  it('separates blocks by exactly one blank line and ends with one newline', () => {
    expect(tidyExtractedText('\n\n\nTitre\n\n\n\nPremier.\n\nSecond.\n\n\n\n')).toBe(
      'Titre\n\nPremier.\n\nSecond.\n',
    )
  })

  it('drops trailing spaces, tabs and no-break spaces but keeps those inside a line', () => {
    expect(tidyExtractedText('Un \t\nDeux\u00a0\n  retrait\u00a0: oui  ')).toBe(
      'Un\nDeux\n  retrait\u00a0: oui\n',
    )
  })

  it('turns CRLF and lone CR into \\n, and lines of spaces into blank lines', () => {
    expect(tidyExtractedText('a\r\n  \r\n \r\nb\rc')).toBe('a\n\nb\nc\n')
  })

  it('gives an empty string when nothing but whitespace is left', () => {
    expect(tidyExtractedText(' \n\u00a0\n\t')).toBe('')
  })
})
