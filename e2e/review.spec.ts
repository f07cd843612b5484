// Review mode end to end: two colleagues' sets of the sample communiqué (fixtures/review/) come in through
// Import…; the review shows the four kinds of item, painted and counted; the reviewer settles every queued
// item from the keyboard (accept one side, accept both, reject, edit then accept, one undo); the curated
// set on disk holds exactly what she decided, exports to brat and comes back identical; the agreement panel
// shows the two sets' figures and leads back to the review. Saves a check picture of the review under
// test-results/ (the documentation's pictures come from `npm run docs:screenshots` alone).
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { SAMPLE, type StoredAnnotation } from './support/stored-annotations'

const root = join(import.meta.dirname, '..')
const SETS = ['aicha-benali.json', 'jean-dupont.json'].map((f) => join(root, 'fixtures', 'review', f))
const SCREENSHOT = join(root, 'test-results', 'screenshots', 'review.png')
const PLEDGE = 'La Chine est disposée à travailler avec le Kazakhstan pour accroître l’ampleur des échanges'

async function storedSet(workspace: string, stem: string): Promise<StoredAnnotation[]> {
  const file = join(workspace, 'documents', SAMPLE, 'annotations', `${stem}.json`)
  return (JSON.parse(await readFile(file, 'utf8')) as { annotations: StoredAnnotation[] }).annotations
}

const row = (a: StoredAnnotation): string =>
  `${a.label}${a.attributes.type ? `:${a.attributes.type}` : ''} ${a.quote.exact}`

/** What a round trip must keep: id, span, label and attributes. */
const spans = (set: StoredAnnotation[]): string[] =>
  set
    .map((a) =>
      JSON.stringify([
        a.id,
        a.start,
        a.end,
        a.fragments ?? null,
        a.label,
        Object.entries(a.attributes).sort(),
      ]),
    )
    .sort()

test('two colleagues’ sets are reviewed by keyboard into a curated set that exports to brat and back', async ({
  parley,
  workspace,
}) => {
  test.setTimeout(120_000)
  const page = parley.page
  await page.setViewportSize({ width: 1440, height: 900 })
  await parley.sayWhoIAm('Claire Dubois')
  const imported = await parley.importAnnotationFiles(SETS)
  expect(imported).toContain('Aïcha Benali')
  expect(imported).toContain('Jean Dupont')

  await page.getByTestId('text-scroll').click({ position: { x: 5, y: 5 } })
  await parley.startReview(['Aïcha Benali', 'Jean Dupont'])
  for (const [kind, count] of [
    ['agreed', '3'],
    ['label', '2'],
    ['boundary', '2'],
    ['single', '3'],
  ] as const) {
    await expect(page.getByTestId(`review-legend-${kind}`)).toBeVisible()
    await expect(page.getByTestId(`review-count-${kind}`)).toHaveText(count)
  }
  // Agreed items were accepted on opening: they are painted as decided; the rest by kind.
  expect(await parley.reviewPainted('decided')).toEqual([
    'Wang Yi',
    'Beijing',
    'La Chine et le Kazakhstan sont de bons voisins qui font preuve de solidarité',
  ])
  expect(await parley.reviewPainted('label')).toContain('Kazakhstan')
  expect(await parley.reviewPainted('boundary')).toContain('Comité central du Parti communiste chinois')
  expect(await parley.reviewPainted('single')).toEqual([
    'Murat Nurtleu',
    'Asie centrale',
    'intelligence artificielle',
  ])
  const progress = page.getByTestId('review-progress')
  await expect(progress).toHaveText('0 of 7 decided')
  await expect(page.getByTestId('review-queue-item')).toHaveCount(7)

  // j/k (or ↓/↑) walk the queue.
  await parley.decide('Bureau politique du Comité central', 'j')
  await parley.decide('Murat Nurtleu', 'k')
  // Accept Aïcha's, take it back, then accept both organisations.
  await parley.decide('Bureau politique du Comité central', '1')
  await expect(progress).toHaveText('1 of 7 decided')
  await parley.decide('Murat Nurtleu', 'u')
  await parley.decide('Bureau politique du Comité central', 'b')
  await parley.decide('Murat Nurtleu', '1')
  await expect(page.getByTestId('review-queue-item')).toHaveCount(5)
  await expect(parley.reviewCurrent).toContainText('ENTITY:LOCATION')
  await page.mouse.move(1, 1)
  await page.screenshot({ path: SCREENSHOT })

  // Kazakhstan: STATE or LOCATION? Edit Aïcha's, relabel it with the palette's keys, accept.
  await parley.decide('Kazakhstan', 'e')
  await expect(page.getByTestId('review-edit')).toBeVisible()
  await page.keyboard.press('e')
  await page.keyboard.press('l')
  await expect(page.getByTestId('review-edit-label')).toHaveValue('ENTITY:LOCATION')
  await page.keyboard.press('Enter')
  await parley.decide('kind=reaffirmed', '1') // the partnership: Aïcha's « joint »
  await parley.decide('Asie centrale', 'x')
  // The trade pledge: Aïcha's runs on into « dans le cadre »; move its end back 14 characters.
  await parley.decide(PLEDGE, 'e')
  for (let i = 0; i < 14; i++) await page.keyboard.press('Alt+ArrowLeft')
  await expect(page.getByTestId('review-edit-text')).toContainText(`${PLEDGE} commerciaux`)
  await expect(page.getByTestId('review-edit-text')).not.toContainText('dans le cadre')
  await page.keyboard.press('Enter')
  await parley.decide('intelligence artificielle', '2')

  await expect(page.getByTestId('review-done')).toBeVisible()
  await expect(progress).toHaveText('7 of 7 decided')
  await expect(page.getByTestId('review-queue-item')).toHaveCount(0)
  await expect(page.getByTestId('review-save-status')).toHaveText('Every decision is saved')
  expect(await parley.reviewPainted('label')).toEqual([])

  const curated = await storedSet(workspace, 'curated')
  expect(curated.map(row)).toEqual([
    'ENTITY:PERSON Wang Yi',
    'ENTITY:ORGANIZATION Bureau politique du Comité central du Parti communiste chinois',
    'ENTITY:ORGANIZATION Comité central du Parti communiste chinois',
    'ENTITY:PERSON Murat Nurtleu',
    'ENTITY:LOCATION Kazakhstan',
    'ENTITY:LOCATION Beijing',
    'POSITION La Chine et le Kazakhstan sont de bons voisins qui font preuve de solidarité',
    'COMMITMENT les deux parties ont établi le partenariat stratégique global permanent',
    `COMMITMENT ${PLEDGE} commerciaux`,
    'ENTITY:OTHER intelligence artificielle',
  ])
  const by = (quote: string) => curated.find((a) => a.quote.exact === quote)!
  expect(by('Kazakhstan').author).toBe('Claire Dubois') // edited: the curator's
  expect(by('Murat Nurtleu').author).toBe('Aïcha Benali') // accepted: the source's
  expect(by('les deux parties ont établi le partenariat stratégique global permanent').attributes.kind).toBe(
    'joint',
  )

  // The curated set in the editor, then exported to brat and imported back under another name.
  await page.getByTestId('review-open-curated').click()
  await expect(parley.review).toBeHidden()
  await expect(page.getByTestId('open-set')).toHaveValue('curated')
  await expect(parley.annotationCount).toHaveText('10')
  const folder = await parley.exportOpenDocument(['brat'])
  const brat = join(folder, 'brat', `${SAMPLE}.curated`)
  expect(await readdir(brat)).toEqual([`${SAMPLE}.ann`, `${SAMPLE}.txt`])
  await parley.importAnnotationFiles(
    [join(brat, `${SAMPLE}.ann`), join(brat, `${SAMPLE}.txt`)],
    'Curated copy',
  )
  expect(spans(await storedSet(workspace, 'curated-copy'))).toEqual(spans(curated))

  // The agreement panel, from review mode: the figures of the two sets, and the disagreements behind one.
  await page.getByTestId('text-scroll').click({ position: { x: 5, y: 5 } })
  await parley.startReview(['Aïcha Benali', 'Jean Dupont'])
  await page.getByTestId('review-open-agreement').click()
  const panel = page.getByTestId('agreement-panel')
  await expect(panel).toBeVisible()
  // ENTITY spans: Aïcha 5, Jean 6, the same (span and full label) twice: F1 = 2·2 / (5 + 6).
  await expect(panel.getByTestId('figure-ENTITY-f1Exact')).toHaveText((4 / 11).toFixed(3))
  await expect(panel.getByTestId('figure-overall-cohenKappa')).toHaveText(/^-?[01]\.\d{3}$/)
  await panel.getByTestId('figure-ENTITY-f1Exact').click()
  const behind = panel.getByTestId('agreement-disagreement')
  await expect(behind.first()).toBeVisible()
  await panel.getByTestId('agreement-export-csv').click()
  await expect(panel.getByTestId('agreement-saved')).toContainText('.csv')
  const report = (await panel.getByTestId('agreement-saved').locator('code').textContent()) ?? ''
  expect(await readFile(report, 'utf8')).toContain('ENTITY')
  await behind.filter({ hasText: 'Asie centrale' }).click()
  await expect(panel).toBeHidden()
  await expect(parley.reviewCurrent).toContainText('Asie centrale')
  await page.keyboard.press('Escape')
  await expect(parley.review).toBeHidden()
  await expect(parley.text).toBeVisible()
  expect((await stat(SCREENSHOT)).size).toBeGreaterThan(50_000)
})
