import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { AppError, Result } from '@shared/result'
import type { DecodedText } from './decode-text'
import { extractText } from './extract-text'

const fixture = (path: string): Uint8Array =>
  readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url))
const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex')
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function extracted(result: Result<DecodedText>): DecodedText {
  if (!result.ok) throw new Error(`expected a text, got ${result.error.code}: ${result.error.message}`)
  return result.value
}
function refusal(result: Result<unknown>): AppError {
  if (result.ok) throw new Error('expected a refusal')
  return result.error
}

describe('extractText from each kind of source', () => {
  it('reads the paragraphs of a .docx: heading, runs joined, table cell, no footnote, no trailing space', async () => {
    const bytes = fixture('sources/communique.docx')
    const doc = extracted(await extractText(bytes, 'communique.docx'))
    expect(doc.text).toBe(
      'Déclaration conjointe\n\n' +
        'Les deux parties ont convenu de renforcer la coopération — notamment dans l’énergie.\n\n' +
        '« La Chine soutient fermement le Kazakhstan », a déclaré Wang Yi.\n\n' +
        'Astana, le 29 mars 2024\n',
    )
    expect(doc).toMatchObject({ source: 'docx', encoding: 'UTF-8', newline: 'none', length: 200 })
    expect(doc.sourceSha256).toBe(sha256(bytes))
    expect(doc.textSha256).toBe(sha256(doc.text))
  })

  it('reads a windows-1252 web page without markup, scripts, styles, navigation, links or images', async () => {
    const bytes = fixture('sources/communique-1252.html')
    const doc = extracted(await extractText(bytes, 'communique-1252.html'))
    expect(doc.text).toBe(
      'Communiqué de presse\n\n' +
        'Le ministre des Affaires étrangères a reçu son homologue\u00a0: « la coopération — durable ».\n\n' +
        'Voir le texte intégral.\nFin.\n',
    )
    expect(doc).toMatchObject({ source: 'html', encoding: 'windows-1252', newline: 'LF', length: 141 })
    expect(doc.sourceSha256).toBe(sha256(bytes))
  })

  it('reads Markdown without its markup: emphasis, link, list, code span, image', async () => {
    const doc = extracted(await extractText(fixture('sources/markdown-french.md'), 'markdown-french.md'))
    expect(doc.text).toBe(
      'Dialogue stratégique\n\n' +
        'Les deux parties ont convenu de renforcer la coopération — voir le communiqué.\n\n' +
        '- l’énergie ;\n- les transports.\n\n' +
        'La clé OCS-2024 reste valable\n',
    )
    expect(doc).toMatchObject({ source: 'markdown', encoding: 'UTF-8', newline: 'LF' })
  })

  it('decodes a plain text as it is, and records it as text', async () => {
    const doc = extracted(await extractText(fixture('text/utf8-bom-crlf.txt'), 'utf8-bom-crlf.txt'))
    expect(doc).toMatchObject({
      text: 'Déclaration conjointe\nLe 29 mars 2024, à Pékin.\n',
      encoding: 'UTF-8 with BOM',
      newline: 'CRLF',
      source: 'text',
    })
  })

  it('canonicalises a page alike whatever its line endings, and counts code points', async () => {
    const crlf = utf8('<h2>Titre</h2>\r\n<p>Le 𠮷 et 👍🏽\r\nensemble.</p>\r\n<p>&lt;fin&gt;&#x20;&amp;</p>')
    const doc = extracted(await extractText(crlf, 'page.HTM'))
    expect(doc.text).toBe('Titre\n\nLe 𠮷 et 👍🏽 ensemble.\n\n<fin> &\n')
    expect(doc.newline).toBe('CRLF')
    expect(doc.length).toBe([...doc.text].length)
    expect(doc.length).toBeLessThan(doc.text.length)
  })

  // Numbered items keep html-to-text's marker, indented by one space (room for `10.` below `9.`).
  it('makes table cells, list items and quotations blocks, without quotation markers', async () => {
    const page = utf8(
      '<body><blockquote>Citation</blockquote><table><tr><th>Pays</th><td>Chine</td></tr></table>' +
        '<ol><li>un</li><li>deux</li></ol><form><button>Envoyer</button></form></body>',
    )
    expect(extracted(await extractText(page, 'table.html')).text).toBe(
      'Citation\n\nPays\n\nChine\n\n 1. un\n 2. deux\n',
    )
  })

  it('decodes a page by its BOM first, then by its meta charset, else as UTF-8', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="windows-1252"><p>été</p>')])
    expect(extracted(await extractText(bom, 'a.html'))).toMatchObject({
      text: 'été\n',
      encoding: 'UTF-8 with BOM',
    })
    const latin1 = new Uint8Array([
      ...utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'),
      0xe9,
      0x80,
      ...utf8('</p>'),
    ])
    expect(extracted(await extractText(latin1, 'b.html'))).toMatchObject({
      text: 'é€\n',
      encoding: 'windows-1252',
    })
    expect(extracted(await extractText(utf8('<p>été</p>'), 'c.html'))).toMatchObject({
      text: 'été\n',
      encoding: 'UTF-8',
    })
  })
})

describe('extractText refusals, each saying what and where', () => {
  it('refuses a .docx that is not a zip archive', async () => {
    const error = refusal(await extractText(fixture('sources/not-a-zip.docx'), 'not-a-zip.docx'))
    expect(error.code).toBe('corrupt-docx')
    expect(error.message).toBe(
      '"not-a-zip.docx" is not a Word document: a .docx file is a zip archive, and this file is not one ' +
        '(its first bytes are not "PK").',
    )
  })

  it('refuses a zip archive without word/document.xml', async () => {
    const error = refusal(
      await extractText(fixture('sources/no-document-part.docx'), 'no-document-part.docx'),
    )
    expect(error).toEqual({
      code: 'corrupt-docx',
      message: '"no-document-part.docx" is not a Word document: its zip archive has no word/document.xml.',
    })
  })

  it('refuses an old Word 97–2003 file named .docx, and a truncated .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(refusal(await extractText(ole, 'ancien.docx')).message).toMatch(
      /^"ancien\.docx" is an older Word 97–2003/,
    )
    const truncated = fixture('sources/communique.docx').subarray(0, 400)
    const error = refusal(await extractText(truncated, 'tronque.docx'))
    expect(error.code).toBe('corrupt-docx')
    expect(error.message).toMatch(/^"tronque\.docx" cannot be read as a Word document: /)
  })

  it('refuses a page with no readable text', async () => {
    const page = utf8(
      '<html><head><title>Vide</title><script>alert("x")</script></head><body><nav>Menu</nav><img src="a.png" alt="image"></body></html>',
    )
    const error = refusal(await extractText(page, 'vide.html'))
    expect(error.code).toBe('no-text')
    expect(error.message).toMatch(/^"vide\.html" has no readable text/)
    expect(refusal(await extractText(utf8('![seule image](a.png)\n'), 'image.md')).code).toBe('no-text')
  })

  it('refuses a page declaring a character set Parley does not read', async () => {
    const error = refusal(await extractText(utf8('<meta charset="shift_jis"><p>x</p>'), 'jp.html'))
    expect(error).toEqual({
      code: 'unknown-encoding',
      message:
        '"jp.html" declares the character set "shift_jis" in its <meta> tag, which Parley does not read: ' +
        'save the page as UTF-8 and import it again.',
    })
  })

  it('refuses an unsupported extension, listing the supported ones', async () => {
    const error = refusal(await extractText(utf8('{\\rtf1 Bonjour}'), 'lettre.rtf'))
    expect(error).toEqual({
      code: 'unsupported-type',
      message:
        '"lettre.rtf" is a .rtf file, which Parley does not import. Parley imports texts from .txt, .text, ' +
        '.md, .markdown, .docx, .html and .htm files.',
    })
    expect(refusal(await extractText(utf8('texte'), 'LISEZMOI')).message).toMatch(
      /^"LISEZMOI" has no file extension/,
    )
  })

  it('keeps the existing refusals: binary, empty, over 50 MB, in every kind of source', async () => {
    const png = fixture('text/binary.png')
    const image = refusal(await extractText(png, 'image.png'))
    expect(image.code).toBe('binary-file')
    expect(image.message).toMatch(
      /^"image\.png" looks like a binary file \(NUL byte at position 8\)\. Parley imports/,
    )
    expect(refusal(await extractText(png, 'image.txt')).code).toBe('binary-file')
    expect(refusal(await extractText(png, 'page.html')).code).toBe('binary-file')
    expect(refusal(await extractText(new Uint8Array([0x3c, 0x70, 0x3e, 0x00]), 'x.html')).code).toBe(
      'binary-file',
    )
    for (const name of ['vide.txt', 'vide.docx', 'vide.html', 'vide.md'])
      expect(refusal(await extractText(new Uint8Array(0), name))).toEqual({
        code: 'empty-file',
        message: `"${name}" is empty: there is no text to annotate.`,
      })
    const huge = new Uint8Array(50 * 1024 * 1024 + 1)
    expect(refusal(await extractText(huge, 'enorme.docx')).code).toBe('too-large')
  })
})
