// The annotation guidelines for the default schema (« Discours diplomatique »), in French. Every example is
// quoted exactly from the sample communiqué (cn-kz-strategic-dialogue-2024-03-29.fr.txt); a test checks it.
import type { Guidelines } from './guideline-types'

export const GUIDELINES_FR: Guidelines = {
  title: 'Consignes d’annotation',
  sections: [
    {
      id: 'overview',
      title: 'Trois catégories',
      paragraphs: [
        'Un ENGAGEMENT (COMMITMENT) est la promesse d’une action future. Une POSITION est une prise de position d’un acteur : soutien, opposition, inquiétude. Une ENTITÉ (ENTITY) est une personne, un État, une organisation, une initiative, un lieu ou un événement auquel engagements et positions se rapportent.',
        'Posez-vous la question pour chaque phrase : quelqu’un promet-il de faire quelque chose (engagement), dit-il ce qu’il pense de quelqu’un ou de quelque chose (position), ou ni l’un ni l’autre ? Les faits passés, les formules de politesse et les descriptions ne reçoivent ni engagement ni position, même si leurs entités sont étiquetées.',
      ],
    },
    {
      id: 'COMMITMENT',
      title: 'Engagement',
      paragraphs: [
        'Étiquetez la promesse depuis son verbe d’engagement jusqu’à la fin de l’action promise : « ont convenu de … », « est disposée à … », « s’engage à … ». Laissez de côté le cadre du discours rapporté (« a déclaré que ») et le point final.',
        'Quand une phrase promet plusieurs actions dans des domaines différents, faites un engagement par action ; maintenez Ctrl/⌘ pendant la sélection pour ajouter le verbe commun comme fragment. Renseignez Acteurs avec les entités qui s’engagent, Bénéficiaire avec celle à qui l’action profite.',
      ],
      terms: [
        {
          id: 'joint',
          name: 'Nature : conjoint',
          text: 'Les deux parties, ou toutes, s’engagent ensemble.',
          examples: ['Les deux parties ont convenu de'],
        },
        {
          id: 'unilateral',
          name: 'Nature : unilatéral',
          text: 'Un seul acteur s’engage.',
          examples: ['La Chine est disposée à travailler avec le Kazakhstan'],
        },
        {
          id: 'reaffirmed',
          name: 'Nature : réaffirmé',
          text: 'Une promesse rappelée comme toujours valable.',
          examples: ['la Chine soutiendrait, comme toujours, le Kazakhstan'],
        },
        {
          id: 'firm',
          name: 'Force : ferme / conditionnel / souhait',
          text: 'Ferme quand l’action est convenue ou promise sans réserve ; conditionnel quand elle dépend d’une condition énoncée ; souhait quand seule une volonté ou un but est exprimé (« est disposé à », « afin que »).',
        },
      ],
      examples: [
        {
          quote:
            'Les deux parties ont convenu de profiter de la célébration de l’année du tourisme du Kazakhstan pour approfondir les échanges locaux et culturels entre les deux pays',
          label: 'COMMITMENT',
          note: 'Conjoint, ferme ; domaine : culture et échanges humains. Acteurs : les deux parties.',
        },
        {
          quote: 'est disposé à renforcer davantage la confiance politique mutuelle avec la Chine',
          label: 'COMMITMENT',
          note: 'Unilatéral, souhait ; domaine : politique. Acteur : le Kazakhstan.',
        },
      ],
    },
    {
      id: 'POSITION',
      title: 'Position',
      paragraphs: [
        'Étiquetez ce qu’un acteur soutient, rejette ou redoute, sans promettre d’action : « soutient », « salue », « s’oppose à », « est convaincu que ». Titulaire : l’acteur dont c’est la position (l’État quand un ministre parle en son nom) ; Cible : ce sur quoi elle porte.',
        'La polarité dit dans quel sens (soutien, opposition, inquiétude, neutre) ; l’intensité, avec quelle force, d’après les mots (« fermement » est forte).',
      ],
      examples: [
        {
          quote: 'Le Kazakhstan soutient fermement la Chine dans la défense de ses intérêts fondamentaux',
          label: 'POSITION',
          note: 'Soutien, forte. Titulaire : Kazakhstan ; cible : la Chine.',
        },
        {
          quote:
            'Le Kazakhstan salue le rôle important joué par la Chine dans les affaires régionales et internationales',
          label: 'POSITION',
          note: 'Soutien, modérée.',
        },
        {
          quote:
            's’opposerait à l’ingérence de toute force extérieure dans les affaires intérieures du Kazakhstan',
          label: 'POSITION',
          note: 'Opposition, forte. Titulaire : la Chine.',
        },
      ],
    },
    {
      id: 'commitment-or-position',
      title: 'Engagement ou position ?',
      paragraphs: [
        'Une promesse d’agir est un engagement, même formulée comme un soutien : « la Chine soutiendrait, comme toujours, le Kazakhstan dans la sauvegarde de son indépendance nationale » promet un soutien continu (engagement réaffirmé). Une opinion, un salut ou un rejet sans action promise est une position.',
        'Une même phrase peut contenir les deux : dans « Le Kazakhstan soutient fermement la Chine … et est disposé à renforcer davantage la confiance politique mutuelle », la première proposition est une position, la seconde un engagement. Étiquetez-les séparément.',
      ],
      examples: [
        {
          quote:
            'Wang Yi s’est déclaré convaincu que sous la direction stratégique des chefs d’État des deux pays',
          label: 'POSITION',
          note: 'Une conviction sur l’avenir, pas une promesse : position (soutien).',
        },
        {
          quote: 'les deux parties ont signé conjointement un protocole d’accord',
          note: 'Un fait passé : ni l’un ni l’autre. N’étiquetez que ses entités.',
        },
      ],
    },
    {
      id: 'ENTITY',
      title: 'Entité',
      paragraphs: [
        'Étiquetez le nom sans l’article ni le titre : « Kazakhstan », pas « le Kazakhstan » ; « Xi Jinping », pas « le président Xi Jinping ». Étiquetez chaque mention, sigles compris ; donnez aux variantes un même nom canonique (« OCS » → Organisation de coopération de Shanghai). Après la première, Parley propose d’étiqueter les autres occurrences.',
      ],
      terms: [
        {
          id: 'PERSON',
          name: 'PERSON (personne)',
          text: 'Une personne nommée.',
          examples: ['Wang Yi', 'Murat Nurtleu', 'Xi Jinping'],
        },
        {
          id: 'STATE',
          name: 'STATE (État)',
          text: 'Un pays en tant qu’acteur.',
          examples: ['Kazakhstan', 'Chine'],
        },
        {
          id: 'ORGANIZATION',
          name: 'ORGANIZATION (organisation)',
          text: 'Une organisation internationale, une institution, un parti.',
          examples: ['Organisation de coopération de Shanghai', 'OCS', 'Nations Unies'],
        },
        {
          id: 'INITIATIVE',
          name: 'INITIATIVE',
          text: 'Un programme, une initiative ou un cadre qui porte un nom.',
          examples: ['la Ceinture et la Route', 'Initiative pour le développement mondial'],
        },
        {
          id: 'LOCATION',
          name: 'LOCATION (lieu)',
          text: 'Un lieu qui n’agit pas en tant qu’État.',
          examples: ['Beijing', 'Asie centrale'],
        },
        {
          id: 'EVENT',
          name: 'EVENT (événement)',
          text: 'Une rencontre, une célébration ou une occasion qui porte un nom.',
          examples: ['Dialogue stratégique', 'l’année du tourisme du Kazakhstan'],
        },
        {
          id: 'OTHER',
          name: 'OTHER (autre)',
          text: 'Tout ce qui porte un nom, compte pour l’analyse et n’entre dans aucun type.',
          examples: ['le partenariat stratégique global permanent'],
        },
      ],
    },
    {
      id: 'spans',
      title: 'Limites des segments',
      paragraphs: [
        'Des mots entiers seulement (Parley ajuste la sélection aux limites des mots français ; maintenez Alt pour la garder telle quelle). Laissez de côté la ponctuation finale et les guillemets « » autour d’un nom cité. Les segments imbriqués sont permis : une entité dans un engagement est étiquetée deux fois.',
      ],
    },
  ],
}
