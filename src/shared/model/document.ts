// A document of the workspace: its canonical text (decoded, BOM removed, `\n` line endings) and what we
// recorded of the original file, so exports can ship the exact text their offsets refer to.

export type NewlineStyle = 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none'

export type TextEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252'

/** What a document's text was taken from: a plain text file, a Word document, a web page or Markdown. */
export type SourceKind = 'text' | 'docx' | 'html' | 'markdown'

export interface DocumentMeta {
  readonly id: string
  readonly title: string
  /** The name of the file it was imported from. */
  readonly fileName: string
  readonly encoding: TextEncoding
  readonly newline: NewlineStyle
  /** SHA-256 (hex) of the original file's bytes. */
  readonly sourceSha256: string
  /** SHA-256 (hex) of the canonical text encoded as UTF-8: what annotation sets pin. */
  readonly textSha256: string
  /** Length of the canonical text in code points. */
  readonly length: number
  readonly importedAt: string
  /** The kind of file the text was extracted from; absent in documents imported before sources had kinds. */
  readonly source?: SourceKind
}

export interface DocumentSummary extends DocumentMeta {
  /** Annotations by the current annotator. */
  readonly annotationCount: number
}
