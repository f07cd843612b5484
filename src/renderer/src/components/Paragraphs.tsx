// The text of a document as one `<p data-start>` block per paragraph, each holding a single text node: the
// shape dom-offsets.ts maps and the highlight painters paint over. Rendered once per document.
import { memo } from 'react'
import type { DocumentModel } from '../state/document-model'

export const Paragraphs = memo(function Paragraphs({ document }: { document: DocumentModel }) {
  return document.paragraphs.map((p) => (
    <p key={p.start} data-start={p.start} className={p.text ? undefined : 'empty'}>
      {p.text}
    </p>
  ))
})
