// Deterministic French diplomatic prose for the benchmark corpus: a seeded PRNG and sentences drawn from
// the vocabulary of communiqués (« les deux parties », la Chine, le Kazakhstan, coopération), with accents,
// ’, « » and, rarely, astral characters (flags), so code-point and UTF-16 offsets differ as in real input.
// Each sentence reports, in code points, where its entity mentions and its words lie, so the generated
// annotations fall on spans an analyst would tag.

export type Random = () => number

/** mulberry32 seeded by an FNV-1a hash of the seed string: fast, and the same seed gives the same stream. */
export function seededRandom(seed: string): Random {
  let state = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193)
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

/** An integer in [lo, hi]. */
export const between = (random: Random, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1))

export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

export type EntityType = 'STATE' | 'PERSON' | 'ORGANIZATION' | 'INITIATIVE' | 'LOCATION' | 'EVENT'

const ENTITIES: Record<EntityType, readonly string[]> = {
  STATE: [
    'la Chine',
    'le Kazakhstan',
    'la République populaire de Chine',
    'la République du Kazakhstan',
    'l’Ouzbékistan',
    'le Kirghizistan',
    'le Tadjikistan',
    'le Turkménistan',
    'la Russie',
    'la France',
  ],
  PERSON: ['Wang Yi', 'Xi Jinping', 'Kassym-Jomart Tokaïev', 'Murat Nurtleu', 'Li Qiang', 'Olzhas Bektenov'],
  ORGANIZATION: [
    'l’Organisation de coopération de Shanghai',
    'l’OCS',
    'l’Organisation des Nations unies',
    'l’Union économique eurasiatique',
    'la Conférence pour l’interaction et les mesures de confiance en Asie',
    'le Comité central du Parti communiste chinois',
  ],
  INITIATIVE: [
    'l’initiative « la Ceinture et la Route »',
    'l’Initiative pour le développement mondial',
    'l’Initiative pour la sécurité mondiale',
    'le corridor de transport transcaspien',
  ],
  LOCATION: ['Astana', 'Beijing', 'Almaty', 'Xi’an', 'la mer Caspienne', 'l’Asie centrale', 'Khorgos'],
  EVENT: [
    'le sommet Chine–Asie centrale',
    'le premier Dialogue stratégique',
    'l’Exposition internationale d’importation de Chine',
    'le Forum de Boao',
  ],
}
const ENTITY_TYPES = Object.keys(ENTITIES) as EntityType[]
const ACTORS: readonly EntityType[] = ['STATE', 'STATE', 'PERSON', 'ORGANIZATION']

/** Subjects, plural or not, and pledges as [singular, plural], so verbs agree. */
const PARTIES: readonly [string, boolean][] = [
  ['Les deux parties', true],
  ['Les deux chefs d’État', true],
  ['La partie chinoise', false],
  ['La partie kazakhe', false],
]
const PLEDGES: readonly [string, string][] = [
  ['a convenu de', 'ont convenu de'],
  ['s’engage à', 's’engagent à'],
  ['continuera de', 'continueront de'],
  ['entend', 'entendent'],
  ['a décidé de', 'ont décidé de'],
]
const ACTIONS = ['renforcer', 'approfondir', 'élargir', 'promouvoir', 'intensifier', 'consolider']
const OBJECTS = [
  'la coopération',
  'les échanges commerciaux',
  'le dialogue politique',
  'la coordination',
  'les investissements mutuels',
  'la connectivité',
  'les échanges entre les peuples',
]
const DOMAINS = [
  'dans le domaine de l’énergie',
  'en matière de sécurité',
  'dans les secteurs du commerce et de l’agriculture',
  'dans les transports et la logistique',
  'dans l’éducation, la culture et le tourisme',
  'en matière de lutte contre le terrorisme, le séparatisme et l’extrémisme',
  'dans l’économie numérique et l’intelligence artificielle',
]
const STANCES = [
  'soutient fermement',
  'salue',
  'défend résolument',
  'rejette',
  'appuie',
  'apprécie hautement',
]
const STANCE_OBJECTS = [
  'le principe d’une seule Chine',
  'toute ingérence extérieure dans les affaires intérieures',
  'la souveraineté et l’intégrité territoriale',
  'le multilatéralisme et le libre-échange',
  'une solution politique aux crises régionales',
  'la réforme du système de gouvernance mondiale',
]
const FILLERS = [
  'Les entretiens se sont déroulés dans une atmosphère amicale et constructive.',
  'Les deux pays sont de bons voisins qui se font confiance et de bons partenaires qui s’aident à réussir.',
  'Cette année marque le trentième anniversaire de l’établissement des relations diplomatiques.',
  'Les échanges ont porté sur les questions régionales et internationales d’intérêt commun.',
]
const QUOTES = [
  'il n’y a pas de limites à notre amitié',
  'la coopération mutuellement bénéfique est la clé du développement',
  'nous avançons main dans la main vers un avenir partagé',
]
const POSTS = ['Amitié éternelle 🇨🇳🤝🇰🇿', 'Bon voisinage 🇨🇳 🇰🇿', 'Main dans la main 🤝']

export interface Mention {
  readonly start: number
  readonly end: number
  readonly type: EntityType
}

export interface Sentence {
  /** Code points, half-open, final punctuation included. */
  readonly start: number
  readonly end: number
  readonly kind: 'commitment' | 'position' | 'other'
  /** Index of its paragraph, so a span crossing sentences can stay within one. */
  readonly paragraph: number
  /** What a tag may cover, in text order: entity mentions (never split) and plain words. */
  readonly units: readonly { readonly start: number; readonly end: number; readonly type?: EntityType }[]
}

export interface GeneratedText {
  readonly text: string
  readonly sentences: readonly Sentence[]
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu
const codePoints = (s: string): number => {
  let n = 0
  for (const _ of s) n++
  return n
}

/** Builds one sentence piece by piece, keeping code-point offsets of its units. */
class SentenceBuilder {
  private readonly parts: string[] = []
  private readonly units: { start: number; end: number; type?: EntityType }[] = []
  private length = 0

  constructor(
    private readonly offset: number,
    private readonly paragraph: number,
  ) {}

  words(piece: string): this {
    for (const match of piece.matchAll(WORD)) {
      const start = this.offset + this.length + codePoints(piece.slice(0, match.index))
      this.units.push({ start, end: start + codePoints(match[0]) })
    }
    return this.append(piece)
  }

  entity(random: Random, type: EntityType, capitalised = false): this {
    let name = pick(random, ENTITIES[type])
    if (capitalised) name = name.charAt(0).toUpperCase() + name.slice(1)
    return this.mention(name, type)
  }

  /** `de` + an entity, contracted as French does: « du Kazakhstan », « de la Chine », « de Wang Yi ». */
  ofEntity(random: Random, type: EntityType): this {
    const name = pick(random, ENTITIES[type])
    if (name.startsWith('le ')) return this.words('du ').mention(name.slice(3), type)
    if (name.startsWith('les ')) return this.words('des ').mention(name.slice(4), type)
    const article = /^[aeiouéèêàâîôûœ]/i.test(name) && !name.startsWith('l’') ? 'd’' : 'de '
    return this.words(article).mention(name, type)
  }

  private mention(name: string, type: EntityType): this {
    const start = this.offset + this.length
    this.units.push({ start, end: start + codePoints(name), type })
    return this.append(name)
  }

  finish(kind: Sentence['kind']): { sentence: Sentence; text: string } {
    const { offset, paragraph, length, units } = this
    return {
      text: this.parts.join(''),
      sentence: { start: offset, end: offset + length, kind, paragraph, units },
    }
  }

  private append(piece: string): this {
    this.parts.push(piece)
    this.length += codePoints(piece)
    return this
  }
}

function sentence(random: Random, offset: number, paragraph: number): { sentence: Sentence; text: string } {
  const b = new SentenceBuilder(offset, paragraph)
  const roll = random()
  if (roll < 0.35) {
    let plural = true
    if (random() < 0.5) {
      const [subject, isPlural] = pick(random, PARTIES)
      b.words(`${subject} `)
      plural = isPlural
    } else b.entity(random, pick(random, ACTORS), true).words(' et ').entity(random, 'STATE').words(' ')
    const verb = pick(random, PLEDGES)[plural ? 1 : 0]
    const action = pick(random, ACTIONS)
    b.words(`${verb} ${action} ${pick(random, OBJECTS)} `.replace(/ de ([aeéiou])/, ' d’$1'))
    b.words(`${pick(random, DOMAINS)}, notamment dans le cadre `).ofEntity(random, pick(random, ENTITY_TYPES))
    return b.words('.').finish('commitment')
  }
  if (roll < 0.65) {
    b.entity(random, pick(random, ACTORS), true).words(` ${pick(random, STANCES)} `)
    b.words(`${pick(random, STANCE_OBJECTS)} `).ofEntity(random, 'STATE')
    if (random() < 0.4) b.words(' et appelle ').entity(random, 'ORGANIZATION').words(' à jouer un rôle accru')
    return b.words('.').finish('position')
  }
  if (roll < 0.8) {
    b.words('Le 29 mars 2024, à ').entity(random, 'LOCATION').words(', ').entity(random, 'PERSON')
    return b
      .words(' a présidé ')
      .entity(random, 'EVENT')
      .words(' avec ')
      .entity(random, 'PERSON')
      .words('.')
      .finish('other')
  }
  if (roll < 0.9) {
    b.words('Selon ').entity(random, 'PERSON').words(', « ')
    return b.words(`${pick(random, QUOTES)} ».`).finish('position')
  }
  if (roll < 0.92) {
    b.words('Le ministère a publié sur son compte officiel : « ')
    return b.words(`${pick(random, POSTS)} ».`).finish('other')
  }
  return b.words(pick(random, FILLERS)).finish('other')
}

/**
 * Paragraphs of 400 to 1,200 characters separated by `\n`, until the UTF-8 size reaches `targetBytes`;
 * the text ends with a newline, as a text file does.
 */
export function generateText(random: Random, targetBytes: number): GeneratedText {
  const paragraphs: string[] = []
  const sentences: Sentence[] = []
  let bytes = 0
  let offset = 0
  while (bytes < targetBytes) {
    const target = between(random, 400, 1200)
    const parts: string[] = []
    let length = 0
    while (length < target) {
      const next = sentence(random, offset + length + (parts.length > 0 ? 1 : 0), paragraphs.length)
      if (parts.length > 0 && length + 1 + next.sentence.end - next.sentence.start > 1200) break
      parts.push(next.text)
      sentences.push(next.sentence)
      length = next.sentence.end - offset
    }
    const paragraph = parts.join(' ')
    paragraphs.push(paragraph)
    offset += codePoints(paragraph) + 1
    bytes += Buffer.byteLength(paragraph) + 1
  }
  return { text: paragraphs.join('\n') + '\n', sentences }
}
