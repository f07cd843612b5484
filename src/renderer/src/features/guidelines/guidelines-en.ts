// The annotation guidelines for the default schema ("Diplomatic discourse"), in English. Every example is
// quoted exactly from the sample communiqué (cn-kz-strategic-dialogue-2024-03-29.fr.txt); a test checks it.
import type { Guidelines } from './guideline-types'

export const GUIDELINES_EN: Guidelines = {
  title: 'Annotation guidelines',
  sections: [
    {
      id: 'overview',
      title: 'Three categories',
      paragraphs: [
        'A COMMITMENT is a pledge of future action. A POSITION is a stance an actor takes: support, opposition, concern. An ENTITY is a person, state, organisation, initiative, place or event that commitments and positions refer to.',
        'Ask of each sentence: does someone promise to do something (commitment), say what they think of someone or something (position), or neither? Facts about the past, greetings and descriptions get no commitment or position, even when their entities are tagged.',
      ],
    },
    {
      id: 'COMMITMENT',
      title: 'Commitment',
      paragraphs: [
        'Tag the pledge from its verb of commitment to the end of the action pledged: « ont convenu de … », « est disposée à … », « s’engage à … ». Leave out the reporting frame (« a déclaré que ») and the final full stop.',
        'When one sentence pledges several actions in different domains, tag one commitment per action; hold Ctrl/⌘ while selecting to add the shared verb as a fragment. Fill Actors with the entities who commit, Beneficiary with whom it is for.',
      ],
      terms: [
        {
          id: 'joint',
          name: 'Kind: joint',
          text: 'Both or all parties commit together.',
          examples: ['Les deux parties ont convenu de'],
        },
        {
          id: 'unilateral',
          name: 'Kind: unilateral',
          text: 'One actor commits alone.',
          examples: ['La Chine est disposée à travailler avec le Kazakhstan'],
        },
        {
          id: 'reaffirmed',
          name: 'Kind: reaffirmed',
          text: 'A pledge restated as continuing.',
          examples: ['la Chine soutiendrait, comme toujours, le Kazakhstan'],
        },
        {
          id: 'firm',
          name: 'Strength: firm / conditional / aspirational',
          text: 'Firm when agreed or promised outright; conditional when it depends on something stated; aspirational when only a willingness or a goal is expressed (« est disposé à », « afin que »).',
        },
      ],
      examples: [
        {
          quote:
            'Les deux parties ont convenu de profiter de la célébration de l’année du tourisme du Kazakhstan pour approfondir les échanges locaux et culturels entre les deux pays',
          label: 'COMMITMENT',
          note: 'Joint, firm; domain: culture and people. Actors: the two parties.',
        },
        {
          quote: 'est disposé à renforcer davantage la confiance politique mutuelle avec la Chine',
          label: 'COMMITMENT',
          note: 'Unilateral, aspirational; domain: political. Actor: Kazakhstan.',
        },
      ],
    },
    {
      id: 'POSITION',
      title: 'Position',
      paragraphs: [
        'Tag what an actor supports, opposes or worries about, without promising an action: « soutient », « salue », « s’oppose à », « est convaincu que ». Holder: the actor whose stance it is (the state when a minister speaks for it); Target: what the stance is about.',
        'Polarity says which way (support, oppose, concern, neutral); intensity how strongly, read from the words (« fermement » is strong).',
      ],
      examples: [
        {
          quote: 'Le Kazakhstan soutient fermement la Chine dans la défense de ses intérêts fondamentaux',
          label: 'POSITION',
          note: 'Support, strong. Holder: Kazakhstan; target: la Chine.',
        },
        {
          quote:
            'Le Kazakhstan salue le rôle important joué par la Chine dans les affaires régionales et internationales',
          label: 'POSITION',
          note: 'Support, moderate.',
        },
        {
          quote:
            's’opposerait à l’ingérence de toute force extérieure dans les affaires intérieures du Kazakhstan',
          label: 'POSITION',
          note: 'Oppose, strong. Holder: la Chine.',
        },
      ],
    },
    {
      id: 'commitment-or-position',
      title: 'Commitment or position?',
      paragraphs: [
        'A promise to act is a commitment, even when it is phrased as support: « la Chine soutiendrait, comme toujours, le Kazakhstan dans la sauvegarde de son indépendance nationale » pledges continued support (commitment, reaffirmed). A view, a welcome or a rejection with no action attached is a position.',
        'One sentence can hold both: in « Le Kazakhstan soutient fermement la Chine … et est disposé à renforcer davantage la confiance politique mutuelle », the first clause is a position, the second a commitment. Tag them separately.',
      ],
      examples: [
        {
          quote:
            'Wang Yi s’est déclaré convaincu que sous la direction stratégique des chefs d’État des deux pays',
          label: 'POSITION',
          note: 'A conviction about the future, not a pledge: position (support).',
        },
        {
          quote: 'les deux parties ont signé conjointement un protocole d’accord',
          note: 'A fact about the past: neither. Tag its entities only.',
        },
      ],
    },
    {
      id: 'ENTITY',
      title: 'Entity',
      paragraphs: [
        'Tag the name without the article or title: « Kazakhstan », not « le Kazakhstan »; « Xi Jinping », not « le président Xi Jinping ». Tag every mention, acronyms included; give variants one canonical name (« OCS » → Organisation de coopération de Shanghai). After the first, Parley offers to tag the other occurrences.',
      ],
      terms: [
        {
          id: 'PERSON',
          name: 'PERSON',
          text: 'A named person.',
          examples: ['Wang Yi', 'Murat Nurtleu', 'Xi Jinping'],
        },
        { id: 'STATE', name: 'STATE', text: 'A country as an actor.', examples: ['Kazakhstan', 'Chine'] },
        {
          id: 'ORGANIZATION',
          name: 'ORGANIZATION',
          text: 'An international organisation, an institution, a party.',
          examples: ['Organisation de coopération de Shanghai', 'OCS', 'Nations Unies'],
        },
        {
          id: 'INITIATIVE',
          name: 'INITIATIVE',
          text: 'A named programme, initiative or framework.',
          examples: ['la Ceinture et la Route', 'Initiative pour le développement mondial'],
        },
        {
          id: 'LOCATION',
          name: 'LOCATION',
          text: 'A place that is not acting as a state.',
          examples: ['Beijing', 'Asie centrale'],
        },
        {
          id: 'EVENT',
          name: 'EVENT',
          text: 'A named meeting, celebration or occasion.',
          examples: ['Dialogue stratégique', 'l’année du tourisme du Kazakhstan'],
        },
        {
          id: 'OTHER',
          name: 'OTHER',
          text: 'Anything named that the analysis needs and no type fits.',
          examples: ['le partenariat stratégique global permanent'],
        },
      ],
    },
    {
      id: 'spans',
      title: 'Span boundaries',
      paragraphs: [
        'Whole words only (Parley snaps the selection to French word boundaries; hold Alt to keep it exact). Leave out final punctuation and the guillemets « » around a quoted name. Nested spans are fine: an entity inside a commitment is tagged as both.',
      ],
    },
  ],
}
