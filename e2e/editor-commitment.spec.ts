// A commitment with its attributes and its actors: the analyst tags a pledge, says it is joint and about
// the economy, tags the two states inside it, and names them as its actors by clicking them in the text.
// After a restart everything is back, and the file on disk holds it in the stored shape.
//
// The sample has no sentence starting « Les deux parties ont convenu de … » (nor any starting « Les deux
// parties ») that names both « la Chine » and « le Kazakhstan »: those speak of « les deux pays ». The
// nearest commitment naming both, on trade, is Wang Yi's « La Chine est disposée à travailler avec le
// Kazakhstan pour accroître l’ampleur des échanges commerciaux … » (third paragraph); its first clause is
// the commitment here, and « La Chine » is capitalised as it opens the sentence.
import { expect, test } from './support/fixtures'
import { pythonOffsets, storedAnnotations } from './support/stored-annotations'

const PLEDGE =
  'La Chine est disposée à travailler avec le Kazakhstan pour accroître l’ampleur des échanges commerciaux'
const CHINA = { passage: PLEDGE, quote: 'La Chine' }
const KAZAKHSTAN = { passage: PLEDGE, quote: 'le Kazakhstan' }

test('a joint commitment on trade, with two states as its actors, survives a restart', async ({
  parley,
  workspace,
}) => {
  await parley.sayWhoIAm('Claire Dubois')

  await parley.selectText(PLEDGE)
  await parley.tagWithKeys('c')
  await expect(parley.selectedQuote).toHaveText(PLEDGE)
  await parley.setAttribute('kind', 'joint')
  await parley.setAttribute('domain', 'economy-trade')

  for (const state of [CHINA, KAZAKHSTAN]) {
    await parley.selectTextWithin(state.passage, state.quote)
    await parley.tagWithKeys('e', 's')
    await expect(parley.selectedQuote).toHaveText(state.quote)
  }
  expect(await parley.highlighted('ENTITY')).toEqual(['La Chine', 'le Kazakhstan'])

  await parley.selectAnnotationInList('COMMITMENT', PLEDGE)
  await expect(parley.selectedQuote).toHaveText(PLEDGE)
  await parley.fillRole('actors', CHINA, KAZAKHSTAN)
  await expect(parley.roleFillers('actors')).toHaveText([
    /ENTITY:STATE « La Chine »/,
    /ENTITY:STATE « le Kazakhstan »/,
  ])
  await expect(parley.page.getByTestId('role-link')).toHaveCount(2)
  await parley.waitUntilSaved()
  await expect.poll(async () => (await storedAnnotations(workspace)).find((a) => a.roles.actors)).toBeTruthy()

  const restarted = await parley.restart()
  await restarted.sayWhoIAm('Claire Dubois')
  await expect.poll(() => restarted.highlighted('COMMITMENT')).toEqual([PLEDGE])
  expect(await restarted.highlighted('ENTITY')).toEqual(['La Chine', 'le Kazakhstan'])
  expect(await restarted.listRows()).toEqual([
    `COMMITMENT ${PLEDGE}`,
    'ENTITY:STATE La Chine',
    'ENTITY:STATE le Kazakhstan',
  ])

  // Where the commitment and an entity overlap, a click asks which one is meant.
  await restarted.clickWithin(KAZAKHSTAN.passage, KAZAKHSTAN.quote)
  await restarted.chooseOverlapping('COMMITMENT')
  await expect(restarted.selectedQuote).toHaveText(PLEDGE)
  await expect(restarted.attributeValue('kind')).toHaveValue('joint')
  await expect(restarted.attributeValue('domain')).toHaveValue('economy-trade')
  await expect(restarted.roleFillers('actors')).toHaveText([
    /ENTITY:STATE « La Chine »/,
    /ENTITY:STATE « le Kazakhstan »/,
  ])
  await expect(restarted.page.getByTestId('role-link')).toHaveCount(2)

  // On disk: the commitment's attributes and actors point at the two entities, which lie inside it.
  const stored = await storedAnnotations(workspace)
  expect(stored).toHaveLength(3)
  const commitment = stored.find((a) => a.label === 'COMMITMENT')
  const china = stored.find((a) => a.quote.exact === 'La Chine')
  const kazakhstan = stored.find((a) => a.quote.exact === 'le Kazakhstan')
  expect(commitment && china && kazakhstan).toBeTruthy()
  if (!commitment || !china || !kazakhstan) return
  expect([commitment.start, commitment.end]).toEqual(pythonOffsets(workspace, PLEDGE))
  expect(commitment.attributes).toEqual({ kind: 'joint', domain: 'economy-trade' })
  expect(commitment.roles).toEqual({ actors: [{ ref: china.id }, { ref: kazakhstan.id }] })
  for (const [entity, quote] of [
    [china, CHINA.quote],
    [kazakhstan, KAZAKHSTAN.quote],
  ] as const) {
    expect(entity).toMatchObject({ label: 'ENTITY', attributes: { type: 'STATE' } })
    expect([entity.start, entity.end]).toEqual(pythonOffsets(workspace, quote, PLEDGE))
    expect(entity.start).toBeGreaterThanOrEqual(commitment.start)
    expect(entity.end).toBeLessThanOrEqual(commitment.end)
  }
})
