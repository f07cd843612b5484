// The editor as an analyst sees it halfway through the sample: some forty entities of several types,
// positions and commitments with entities inside them, and a commitment selected, its details open and its
// actors drawn as role links. Saves a check picture under test-results/ (1440×900); the documentation's
// pictures come from `npm run docs:screenshots` alone. The count check makes the spec fail if any tagging
// fails.
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

const SCREENSHOT = join(import.meta.dirname, '..', 'test-results', 'screenshots', 'editor.png')

/**
 * [passage (its first occurrence), words to tag inside it (null: the whole passage), palette keys, and
 * whether to accept the offer to tag its other occurrences too].
 */
type Tag = readonly [passage: string, quote: string | null, keys: readonly string[], everywhere?: 'all']
const PERSON = ['e', 'p']
const STATE = ['e', 's']
const ORGANIZATION = ['e', 'o']
const INITIATIVE = ['e', 'i']
const LOCATION = ['e', 'l']
const EVENT = ['e', 'v']
const OTHER = ['e', 'x']
const POSITION = ['p']
const COMMITMENT = ['c']

const TRADE_PLEDGE =
  'La Chine est disposée à travailler avec le Kazakhstan pour accroître l’ampleur des échanges commerciaux'

const TAGS: readonly Tag[] = [
  // « Le 29 mars 2024, Wang Yi, membre du Bureau politique … »
  ['Le 29 mars 2024, Wang Yi', 'Wang Yi', PERSON, 'all'], // and the three other « Wang Yi »
  ['Bureau politique du Comité central du Parti communiste chinois', null, ORGANIZATION],
  ['Murat Nurtleu', null, PERSON, 'all'], // and the other « Murat Nurtleu »
  ['étrangères du Kazakhstan, ont tenu', 'Kazakhstan', STATE],
  ['Beijing', null, LOCATION],
  ['premier Dialogue stratégique', 'Dialogue stratégique', EVENT],
  ['de la Chine et du Kazakhstan.', 'la Chine', STATE],
  ['de la Chine et du Kazakhstan.', 'Kazakhstan', STATE],
  // « La Chine et le Kazakhstan sont de bons voisins … »
  ['La Chine et le Kazakhstan sont de bons voisins qui font preuve de solidarité', null, POSITION],
  ['La Chine et le Kazakhstan sont', 'La Chine', STATE],
  ['La Chine et le Kazakhstan sont', 'le Kazakhstan', STATE],
  ['les deux parties ont établi le partenariat stratégique global permanent', null, COMMITMENT],
  ['communauté d’avenir partagé Chine-Kazakhstan', null, INITIATIVE],
  [
    'Le Kazakhstan est un grand pays en développement et un représentant des économies émergentes',
    null,
    POSITION,
  ],
  ['Le Kazakhstan est un grand pays', 'Le Kazakhstan', STATE],
  ['Asie centrale', null, LOCATION],
  [
    'La Chine est disposée à travailler avec le Kazakhstan pour mettre en œuvre de manière exhaustive le consensus',
    null,
    COMMITMENT,
  ],
  ['La Chine est disposée à travailler avec le Kazakhstan pour mettre', 'La Chine', STATE],
  ['La Chine est disposée à travailler avec le Kazakhstan pour mettre', 'le Kazakhstan', STATE],
  // « Wang Yi a déclaré que la Chine soutiendrait … »
  [
    'la Chine soutiendrait, comme toujours, le Kazakhstan dans la sauvegarde de son indépendance nationale',
    null,
    COMMITMENT,
  ],
  ['la Chine soutiendrait', 'la Chine', STATE],
  ['toujours, le Kazakhstan dans', 'le Kazakhstan', STATE],
  [
    's’opposerait à l’ingérence de toute force extérieure dans les affaires intérieures du Kazakhstan',
    null,
    POSITION,
  ],
  ['affaires intérieures du Kazakhstan', 'Kazakhstan', STATE],
  [TRADE_PLEDGE, null, COMMITMENT],
  [TRADE_PLEDGE, 'La Chine', STATE],
  [TRADE_PLEDGE, 'le Kazakhstan', STATE],
  ['la Ceinture et la Route', null, INITIATIVE],
  ['intelligence artificielle', null, OTHER],
  // « Murat Nurtleu a déclaré que le Kazakhstan et la Chine … »
  ['le Kazakhstan et la Chine étaient de bons voisins et de bons partenaires', null, POSITION],
  ['Le Kazakhstan soutient fermement la Chine dans la défense de ses intérêts fondamentaux', null, POSITION],
  ['Taïwan', null, LOCATION],
  ['Xinjiang', null, LOCATION],
  ['Xi Jinping', null, PERSON],
  ['Organisation de coopération de Shanghai', null, ORGANIZATION],
  ['Nations Unies', null, ORGANIZATION],
]

test('the editor with some forty annotations, a commitment and its actors selected', async ({ parley }) => {
  test.setTimeout(60_000)
  await parley.page.setViewportSize({ width: 1440, height: 900 })
  await parley.sayWhoIAm('Claire Dubois')

  for (const [passage, quote, keys, everywhere] of TAGS) {
    await parley.selectTextWithin(passage, quote ?? passage)
    await parley.tagWithKeys(...keys)
    if (everywhere) await parley.tagAllOtherOccurrences()
  }
  await expect(parley.annotationCount).toHaveText('40')
  await parley.page.keyboard.press('Escape') // closes the "other occurrences" offer

  await parley.selectAnnotationInList('COMMITMENT', TRADE_PLEDGE)
  await parley.setAttribute('kind', 'joint')
  await parley.setAttribute('domain', 'economy-trade')
  await parley.setAttribute('strength', 'firm')
  await parley.fillRole(
    'actors',
    { passage: TRADE_PLEDGE, quote: 'La Chine' },
    { passage: TRADE_PLEDGE, quote: 'le Kazakhstan' },
  )
  await expect(parley.page.getByTestId('role-link')).toHaveCount(2)
  await parley.waitUntilSaved()

  await parley.page.getByTestId('text-scroll').evaluate((el) => el.scrollTo(0, 0))
  await parley.page.mouse.move(1, 1) // no hover card
  await expect(parley.page.getByTestId('role-link')).toHaveCount(2)
  await parley.page.screenshot({ path: SCREENSHOT })
  expect((await stat(SCREENSHOT)).size).toBeGreaterThan(50_000)
})
