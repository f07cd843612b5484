// Restoring an annotation set from a backup through the services (RELIABILITY.md 4 and 12): a damaged file
// is refused with its position, its backups are listed with what they hold, and the chosen one comes back
// while the damaged file is set aside, never deleted.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeTempDir } from '../testing/temp-workspace'
import { openParley, openSample, SAMPLE_ID } from './testing/open-sample'
import { annotationFilePath } from './workspace-paths'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await makeTempDir()))
afterEach(() => remove())

describe('restoring an annotation set from a backup', () => {
  it('lists the backups of a damaged set and restores one, keeping the damaged file aside', async () => {
    const { services, tag } = await openSample(dir)
    await services.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [
        { op: 'put', annotation: tag('Wang Yi', 'wang-yi') },
        { op: 'put', annotation: tag('Kazakhstan', 'kz') },
      ],
    })
    await services.flush()
    const path = annotationFilePath(dir, SAMPLE_ID, 'Claire')
    const good = await readFile(path, 'utf8')
    const damaged = `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> theirs\n`
    await writeFile(path, damaged)

    const again = await openParley(dir)
    const refused = await again.openDocument(SAMPLE_ID)
    expect(refused).toMatchObject({ ok: false, error: { code: 'corrupt-file' } })
    expect(!refused.ok && refused.error.message).toMatch(/claire\.json:1:1 holds a git conflict marker/)

    const backups = await again.annotationBackups(SAMPLE_ID)
    if (!backups.ok) throw new Error(backups.error.message)
    expect(backups.value.length).toBeGreaterThan(0)
    expect(backups.value[0]?.annotations).toBe(2)

    const restored = await again.restoreAnnotationBackup(SAMPLE_ID, backups.value[0]!.name)
    if (!restored.ok) throw new Error(restored.error.message)
    expect(restored.value.annotations.map((a) => a.id).sort()).toEqual(['kz', 'wang-yi'])
    const aside = (await readdir(dirname(path))).filter((n) => n.includes('.corrupt-'))
    expect(aside).toHaveLength(1)
    expect(await readFile(`${dirname(path)}/${aside[0]}`, 'utf8')).toBe(damaged)
    // The restored set takes edits again.
    const saved = await again.saveAnnotations({
      documentId: SAMPLE_ID,
      changes: [{ op: 'delete', id: 'kz' }],
    })
    expect(saved).toMatchObject({ ok: true, value: { count: 1 } })
  })

  it('refuses a backup that does not exist', async () => {
    const { services } = await openSample(dir)
    expect(
      await services.restoreAnnotationBackup(SAMPLE_ID, 'claire.2020-01-01T00-00-00-000Z.json'),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
