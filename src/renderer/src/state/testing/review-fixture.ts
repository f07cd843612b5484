// A small review for the state tests: one sentence tagged by two colleagues so that every kind of review
// item occurs once (agreed « Chine », label « Kazakhstan », boundary « Wang Yi » / « Wang », single
// « Beijing »), and a fake api that records every curation save and can be told to fail or to hold them.
import type { OpenedReview, SaveCurationRequest } from '@shared/ipc/contract'
import type { Annotation } from '@shared/model/annotation'
import type { DocumentMeta } from '@shared/model/document'
import { quoteAt } from '@shared/model/quote'
import { err, ok, type Result } from '@shared/result'
import { asCodePoint, createOffsetIndex } from '@shared/text/offsets'
import type { SaveAck } from '@shared/ipc/contract'

export const TEXT = 'La Chine et le Kazakhstan sont voisins. Wang Yi a parlé à Beijing.\n'
const index = createOffsetIndex(TEXT)

export function span(id: string, author: string, quote: string, label: string, type?: string): Annotation {
  const at = TEXT.indexOf(quote)
  if (at < 0) throw new Error(`« ${quote} » is not in the test text`)
  const start = asCodePoint(at)
  const end = asCodePoint(at + quote.length)
  return {
    id,
    label,
    start,
    end,
    quote: quoteAt(TEXT, index, start, end),
    attributes: type ? { type } : {},
    roles: {},
    note: '',
    author,
    created: '2024-04-02T09:00:00.000Z',
    modified: '2024-04-02T09:00:00.000Z',
  }
}

const meta: DocumentMeta = {
  id: 'doc',
  title: 'Test',
  fileName: 'test.txt',
  encoding: 'UTF-8',
  newline: 'LF',
  sourceSha256: '0',
  textSha256: '0',
  length: TEXT.length,
  importedAt: '2024-04-02T09:00:00.000Z',
}

export const AICHA = 'Aïcha Benali'
export const JEAN = 'Jean Dupont'

export function openedReview(): OpenedReview {
  return {
    meta,
    text: TEXT,
    sets: [
      {
        annotator: AICHA,
        annotations: [
          span('a1', AICHA, 'Chine', 'ENTITY', 'STATE'),
          span('a2', AICHA, 'Kazakhstan', 'ENTITY', 'STATE'),
          span('a3', AICHA, 'Wang Yi', 'ENTITY', 'PERSON'),
          span('a4', AICHA, 'Beijing', 'ENTITY', 'LOCATION'),
        ],
      },
      {
        annotator: JEAN,
        annotations: [
          span('j1', JEAN, 'Chine', 'ENTITY', 'STATE'),
          span('j2', JEAN, 'Kazakhstan', 'ENTITY', 'LOCATION'),
          span('j3', JEAN, 'Wang', 'ENTITY', 'PERSON'),
        ],
      },
    ],
    curated: [],
    decisions: [],
  }
}

/** A fake of the two review methods: saves are recorded; `failNext` fails the next n; `hold` keeps them pending. */
export function fakeReviewApi(opened: OpenedReview = openedReview()) {
  const saved: SaveCurationRequest[] = []
  const held: (() => void)[] = []
  const control = { failNext: 0, hold: false, calls: 0 }
  const api = {
    openReview: () => Promise.resolve(ok(opened)),
    saveCuration: (request: SaveCurationRequest): Promise<Result<SaveAck>> => {
      control.calls++
      if (control.failNext > 0) {
        control.failNext--
        return Promise.resolve(err('disk-full', 'No space left on the disk'))
      }
      const answer = (): Result<SaveAck> => {
        saved.push(request)
        return ok({ count: 0, savedAt: '2024-04-02T10:00:00.000Z' })
      }
      if (!control.hold) return Promise.resolve(answer())
      return new Promise((resolve) => held.push(() => resolve(answer())))
    },
  }
  /** Lets the oldest held save through. */
  const release = async (): Promise<void> => {
    held.shift()?.()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { api, saved, control, held, release }
}

export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
