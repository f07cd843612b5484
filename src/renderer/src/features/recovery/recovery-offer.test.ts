// The recovery offer with a fake api: a damaged set says where it breaks and lists its backups only on
// "Restore a backup…"; an unreadable backup cannot be chosen; "Leave it" writes nothing; a healthy set is
// replaced only after a confirmation and never while its edits wait to be saved.
import { describe, expect, it } from 'vitest'
import type { AnnotationBackup, RestoredDocument } from '@shared/ipc/contract'
import { err, ok, type Result } from '@shared/result'
import type { RecoveryRequest } from '../../state/app-controller'
import { createStore } from '../../state/store'
import { openedReview, settle } from '../../state/testing/review-fixture'
import { RecoveryOffer } from './recovery-offer'

const BACKUPS: AnnotationBackup[] = [
  { name: 'claire.2024-04-02T10-05-00-000Z.json', savedAt: '2024-04-02T10:05:00.000Z', annotations: null },
  { name: 'claire.2024-04-02T10-00-00-000Z.json', savedAt: '2024-04-02T10:00:00.000Z', annotations: 12 },
  { name: 'claire.2024-04-02T09-00-00-000Z.json', savedAt: '2024-04-02T09:00:00.000Z', annotations: 3 },
]
const DAMAGE = '/ws/documents/doc/annotations/claire.json:1:1 holds a git conflict marker; resolve the merge'

function setUp(options: { unsaved?: boolean; restore?: Result<RestoredDocument> } = {}) {
  const calls: unknown[][] = []
  const { meta, text } = openedReview()
  const restoredDocument: RestoredDocument = {
    meta,
    text,
    annotations: [],
    setAsidePath: '/ws/claire.json.corrupt-x',
  }
  const api = {
    annotationBackups: (...args: [string, string?]): Promise<Result<readonly AnnotationBackup[]>> => {
      calls.push(['annotationBackups', ...args])
      return Promise.resolve(ok(BACKUPS))
    },
    restoreAnnotationBackup: (...args: [string, string, string?]) => {
      calls.push(['restoreAnnotationBackup', ...args])
      return Promise.resolve(options.restore ?? ok(restoredDocument))
    },
  }
  const requests = createStore<RecoveryRequest | null>(null)
  const restored: [RestoredDocument, RecoveryRequest, AnnotationBackup][] = []
  const offer = new RecoveryOffer(api, requests, {
    hasUnsaved: () => options.unsaved ?? false,
    restored: (...args) => restored.push(args),
  })
  offer.connect()
  return { offer, requests, calls, restored, restoredDocument, api }
}

describe('restoring a damaged set', () => {
  it('says where the file breaks, lists the backups on request and restores the chosen one', async () => {
    const { offer, requests, calls, restored, restoredDocument } = setUp()
    const request = { documentId: 'doc', damage: DAMAGE }
    requests.set(request)
    await settle()
    expect(offer.view.get()).toMatchObject({ request, listing: false, backups: BACKUPS, problem: null })
    // The newest backup no longer parses: the newest readable one is proposed, the other cannot be chosen.
    expect(offer.view.get()?.chosen).toBe(BACKUPS[1]!.name)
    offer.choose(BACKUPS[0]!.name)
    expect(offer.view.get()?.chosen).toBe(BACKUPS[1]!.name)
    offer.showBackups()
    offer.choose(BACKUPS[2]!.name)
    expect(offer.view.get()).toMatchObject({ listing: true, chosen: BACKUPS[2]!.name })

    await offer.restore()
    expect(calls).toEqual([
      ['annotationBackups', 'doc'],
      ['restoreAnnotationBackup', 'doc', BACKUPS[2]!.name],
    ])
    expect(restored).toEqual([[restoredDocument, request, BACKUPS[2]]])
    expect(offer.view.get()).toBeNull()
    expect(requests.get()).toBeNull()
  })

  it('“Leave it” writes nothing and closes the offer', async () => {
    const { offer, requests, calls, restored } = setUp()
    requests.set({ documentId: 'doc', set: 'curated', damage: DAMAGE })
    await settle()
    offer.leave()
    expect(calls).toEqual([['annotationBackups', 'doc', 'curated']])
    expect(restored).toEqual([])
    expect(offer.view.get()).toBeNull()
    expect(requests.get()).toBeNull()
  })

  it('keeps the offer open with the reason when the restore is refused', async () => {
    const { offer, requests, restored } = setUp({ restore: err('corrupt-file', 'the backup is damaged too') })
    requests.set({ documentId: 'doc', damage: DAMAGE })
    await settle()
    await offer.restore()
    expect(restored).toEqual([])
    expect(offer.view.get()).toMatchObject({
      busy: false,
      problem: { kind: 'refused', message: 'the backup is damaged too' },
    })
  })

  it('shows nothing to choose when there is no backup, and the listing’s refusal', async () => {
    const { offer, requests, api } = setUp()
    api.annotationBackups = () => Promise.resolve(ok([]))
    requests.set({ documentId: 'doc', damage: DAMAGE })
    await settle()
    expect(offer.view.get()).toMatchObject({ backups: [], chosen: null })
    api.annotationBackups = () => Promise.resolve(err('not-found', 'No document doc'))
    requests.set({ documentId: 'doc', damage: 'another' })
    await settle()
    expect(offer.view.get()).toMatchObject({
      backups: [],
      problem: { kind: 'refused', message: 'No document doc' },
    })
  })
})

describe('restoring an earlier version of a healthy set', () => {
  it('lists at once, asks for a confirmation, and restores only after it', async () => {
    const { offer, requests, calls, restored } = setUp()
    requests.set({ documentId: 'doc', set: 'curated', damage: null })
    await settle()
    expect(offer.view.get()).toMatchObject({ listing: true, chosen: BACKUPS[1]!.name, confirming: false })
    await offer.restore()
    expect(offer.view.get()?.confirming).toBe(true)
    offer.cancelConfirmation()
    expect(offer.view.get()?.confirming).toBe(false)
    expect(calls).toHaveLength(1)
    await offer.restore()
    await offer.restore()
    expect(calls.at(-1)).toEqual(['restoreAnnotationBackup', 'doc', BACKUPS[1]!.name, 'curated'])
    expect(restored).toHaveLength(1)
  })

  it('refuses while edits of the document wait to be saved', async () => {
    const { offer, requests, calls, restored } = setUp({ unsaved: true })
    requests.set({ documentId: 'doc', damage: null })
    await settle()
    await offer.restore()
    await offer.restore()
    expect(offer.view.get()?.problem).toEqual({ kind: 'unsaved' })
    expect(calls).toEqual([['annotationBackups', 'doc']])
    expect(restored).toEqual([])
  })
})
