// Discontinuous spans: a commitment interrupted by an incise (« la Chine soutiendrait, comme toujours, le
// Kazakhstan dans … ») is one annotation of two fragments, made by selecting the second piece with Ctrl held
// or with the palette's "add as a fragment". Both pieces are painted, the list shows one row, and the file
// on disk keeps the pieces with Python's code-point offsets.
import { expect, test } from './support/fixtures'
import { pythonOffsets, storedAnnotations } from './support/stored-annotations'

const PLEDGE_HEAD = 'la Chine soutiendrait'
const PLEDGE_TAIL = 'le Kazakhstan dans la sauvegarde de son indépendance nationale'
const EXTENT = `${PLEDGE_HEAD}, comme toujours, ${PLEDGE_TAIL}`

test('a second piece selected with Ctrl joins the selected commitment, and stays joined after a restart', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')
  await parley.selectText(PLEDGE_HEAD)
  await parley.tagWithKeys('c')
  await expect(parley.selectedQuote).toHaveText(PLEDGE_HEAD)

  await parley.addFragmentByDragging(PLEDGE_TAIL)
  await expect(parley.palette).toBeHidden()
  await expect(parley.selectedQuote).toHaveText(`${PLEDGE_HEAD} … ${PLEDGE_TAIL}`)
  expect(await parley.highlighted('COMMITMENT')).toEqual([PLEDGE_HEAD, PLEDGE_TAIL])
  await expect(parley.annotationCount).toHaveText('1')
  // One row, quoting the start of the whole extent.
  expect(await parley.listRows()).toEqual([`COMMITMENT ${EXTENT.slice(0, 40)} …`])
  await parley.waitUntilSaved()
  await expect.poll(async () => (await storedAnnotations(workspace))[0]?.fragments?.length).toBe(2)

  const restarted = await parley.restart()
  await restarted.sayWhoIAm('Claire Dubois')
  await expect.poll(() => restarted.highlighted('COMMITMENT')).toEqual([PLEDGE_HEAD, PLEDGE_TAIL])
  await expect(restarted.annotationCount).toHaveText('1')

  const head = pythonOffsets(workspace, PLEDGE_HEAD)
  const tail = pythonOffsets(workspace, PLEDGE_TAIL)
  const stored = await storedAnnotations(workspace)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({
    label: 'COMMITMENT',
    start: head[0],
    end: tail[1],
    quote: { exact: EXTENT },
    fragments: [
      { start: head[0], end: head[1] },
      { start: tail[0], end: tail[1] },
    ],
  })
})

test('the palette adds a selection to the selected annotation as a fragment', async ({
  parley,
  workspace,
}) => {
  // « Le Kazakhstan salue le rôle … internationales, soutient la série d’initiatives importantes … »
  const holder = { passage: 'Le Kazakhstan salue', quote: 'Le Kazakhstan' }
  const stance = 'soutient la série d’initiatives importantes'
  await parley.sayWhoIAm('Claire Dubois')
  await parley.selectTextWithin(holder.passage, holder.quote)
  await parley.tagWithKeys('p')

  await parley.selectText(stance)
  await parley.page.getByTestId('add-fragment').click()
  await expect(parley.palette).toBeHidden()
  await expect(parley.annotationCount).toHaveText('1')
  expect(await parley.highlighted('POSITION')).toEqual([holder.quote, stance])
  await expect(parley.selectedQuote).toHaveText(`${holder.quote} … ${stance}`)

  const first = pythonOffsets(workspace, holder.quote, holder.passage)
  const second = pythonOffsets(workspace, stance)
  await expect
    .poll(async () => (await storedAnnotations(workspace))[0]?.fragments)
    .toEqual([
      { start: first[0], end: first[1] },
      { start: second[0], end: second[1] },
    ])
})
