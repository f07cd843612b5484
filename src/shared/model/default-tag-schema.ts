// The tag set a new workspace starts with, "Diplomatic discourse": commitments (pledges of future action),
// positions (stances an actor takes) and the entities both refer to. Colours are Okabe–Ito, safe for
// colour-blind readers; commitments and positions are underlined, entities tinted, so they read apart
// even where they overlap. Keys are unique per level (among categories, and within one list of values).
import type { CategoryDefinition, TagSchema, ValueDefinition } from './tag-schema'

const value = (id: string, label: string, key: string): ValueDefinition => ({ id, label, key })

const COMMITMENT: CategoryDefinition = {
  id: 'COMMITMENT',
  label: 'Commitment',
  key: 'c',
  color: '#0072B2',
  style: 'underline',
  description: 'A pledge of future action',
  types: [],
  attributes: [
    {
      id: 'kind',
      label: 'Kind',
      kind: 'enum',
      values: [
        value('joint', 'Joint', 'j'),
        value('unilateral', 'Unilateral', 'u'),
        value('reaffirmed', 'Reaffirmed', 'r'),
      ],
    },
    {
      id: 'domain',
      label: 'Domain',
      kind: 'enum',
      values: [
        value('economy-trade', 'Economy and trade', 'e'),
        value('security', 'Security', 's'),
        value('culture-people', 'Culture and people', 'c'),
        value('infrastructure-connectivity', 'Infrastructure and connectivity', 'i'),
        value('multilateral', 'Multilateral', 'm'),
        value('political', 'Political', 'p'),
        value('other', 'Other', 'o'),
      ],
    },
    {
      id: 'strength',
      label: 'Strength',
      kind: 'enum',
      values: [
        value('firm', 'Firm', 'f'),
        value('conditional', 'Conditional', 'c'),
        value('aspirational', 'Aspirational', 'a'),
      ],
    },
  ],
  roles: [
    { id: 'actors', label: 'Actors', targets: ['ENTITY'], allowsText: false, multiple: true },
    { id: 'beneficiary', label: 'Beneficiary', targets: ['ENTITY'], allowsText: false, multiple: false },
  ],
}

const POSITION: CategoryDefinition = {
  id: 'POSITION',
  label: 'Position',
  key: 'p',
  color: '#D55E00',
  style: 'underline',
  description: 'A stance an actor takes',
  types: [],
  attributes: [
    {
      id: 'polarity',
      label: 'Polarity',
      kind: 'enum',
      values: [
        value('support', 'Support', 's'),
        value('oppose', 'Oppose', 'o'),
        value('concern', 'Concern', 'c'),
        value('neutral', 'Neutral', 'n'),
      ],
    },
    {
      id: 'intensity',
      label: 'Intensity',
      kind: 'enum',
      values: [
        value('strong', 'Strong', 's'),
        value('moderate', 'Moderate', 'm'),
        value('weak', 'Weak', 'w'),
      ],
    },
  ],
  roles: [
    { id: 'holder', label: 'Holder', targets: ['ENTITY'], allowsText: false, multiple: false },
    { id: 'target', label: 'Target', targets: ['ENTITY'], allowsText: true, multiple: false },
  ],
}

const ENTITY: CategoryDefinition = {
  id: 'ENTITY',
  label: 'Entity',
  key: 'e',
  color: '#009E73',
  style: 'tint',
  description: 'A person, state, organisation, initiative…',
  types: [
    value('PERSON', 'Person', 'p'),
    value('STATE', 'State', 's'),
    value('ORGANIZATION', 'Organization', 'o'),
    value('INITIATIVE', 'Initiative', 'i'),
    value('LOCATION', 'Location', 'l'),
    value('EVENT', 'Event', 'v'),
    value('OTHER', 'Other', 'x'),
  ],
  // « la Chine » and « Chine » get one canonical name, so they count as one entity.
  attributes: [{ id: 'canonical', label: 'Canonical name', kind: 'text', values: [] }],
  roles: [],
}

export const DEFAULT_TAG_SCHEMA: TagSchema = {
  version: 2,
  name: 'Diplomatic discourse',
  categories: [COMMITMENT, POSITION, ENTITY],
}
