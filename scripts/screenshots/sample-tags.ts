// What the documentation's analyst, Claire Dubois, tags in the sample communiqué before the screenshots
// are taken: entities of every type inside positions and commitments (so highlights nest two and three
// deep), and the trade pledge whose details the editor's picture shows. Each entry is the passage (its
// first occurrence), the words to tag inside it (null: the whole passage), the palette's keys, and whether
// to accept the offer to tag the other occurrences too.

export type SampleTag = readonly [passage: string, quote: string | null, keys: readonly string[], all?: 'all']

const PERSON = ['e', 'p']
const STATE = ['e', 's']
const ORGANIZATION = ['e', 'o']
const INITIATIVE = ['e', 'i']
const LOCATION = ['e', 'l']
const EVENT = ['e', 'v']
const OTHER = ['e', 'x']
const POSITION = ['p']
const COMMITMENT = ['c']

export const TRADE_PLEDGE =
  'La Chine est disposée à travailler avec le Kazakhstan pour accroître l’ampleur des échanges commerciaux'

/** The commitment interrupted by an incise: tagged as two fragments of one annotation. */
export const SUPPORT_PLEDGE = {
  head: 'la Chine soutiendrait',
  tail: 'le Kazakhstan dans la sauvegarde de son indépendance nationale',
} as const

export const SAMPLE_TAGS: readonly SampleTag[] = [
  ['Le 29 mars 2024, Wang Yi', 'Wang Yi', PERSON, 'all'],
  ['Bureau politique du Comité central du Parti communiste chinois', null, ORGANIZATION],
  ['Murat Nurtleu', null, PERSON, 'all'],
  ['étrangères du Kazakhstan, ont tenu', 'Kazakhstan', STATE],
  ['Beijing', null, LOCATION],
  ['premier Dialogue stratégique', 'Dialogue stratégique', EVENT],
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
  ['la Chine soutiendrait', 'la Chine', STATE],
  ['toujours, le Kazakhstan dans', 'le Kazakhstan', STATE],
  [
    's’opposerait à l’ingérence de toute force extérieure dans les affaires intérieures du Kazakhstan',
    null,
    POSITION,
  ],
  [TRADE_PLEDGE, null, COMMITMENT],
  [TRADE_PLEDGE, 'La Chine', STATE],
  [TRADE_PLEDGE, 'le Kazakhstan', STATE],
  ['la Ceinture et la Route', null, INITIATIVE],
  ['intelligence artificielle', null, OTHER],
  ['le Kazakhstan et la Chine étaient de bons voisins et de bons partenaires', null, POSITION],
  ['Le Kazakhstan soutient fermement la Chine dans la défense de ses intérêts fondamentaux', null, POSITION],
  ['Taïwan', null, LOCATION],
  ['Xinjiang', null, LOCATION],
  ['Xi Jinping', null, PERSON],
  ['Organisation de coopération de Shanghai', null, ORGANIZATION],
  ['Nations Unies', null, ORGANIZATION],
]

/** Annotations the list shows once SAMPLE_TAGS and the two-fragment support pledge are tagged. */
export const SAMPLE_TAG_COUNT = 34
