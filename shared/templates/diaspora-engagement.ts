import type { DocumentTemplate } from './template-types.ts';

export const diasporaEngagement: DocumentTemplate = {
  id: 'diaspora-engagement-policy',
  name: { en: 'Diaspora engagement policy', fr: 'Politique d’engagement de la diaspora' },
  description: {
    en: 'How the state reaches, serves and works with its nationals and their descendants abroad.',
    fr: 'Comment l’État atteint, sert et associe ses ressortissants et leurs descendants à l’étranger.',
  },
  sections: [
    { en: ['Background', 'Describe the diaspora: where it lives, its size as far as known, and its current links with the country. Note data gaps.'], fr: ['Contexte', 'Décrivez la diaspora : où elle vit, sa taille dans la mesure où elle est connue, ses liens actuels avec le pays. Signalez les lacunes de données.'] },
    { en: ['Rationale', 'Explain why the country needs a diaspora policy and what it expects from it, for the diaspora and for national development.'], fr: ['Justification', 'Expliquez pourquoi le pays a besoin d’une politique de la diaspora et ce qu’il en attend, pour la diaspora et pour le développement national.'] },
    { en: ['Vision and objectives', 'State the vision and a few objectives the policy pursues.'], fr: ['Vision et objectifs', 'Énoncez la vision et quelques objectifs poursuivis.'] },
    {
      en: ['Policy areas', 'Cover the areas that matter, for example identity and consular services, investment and remittances, skills transfer, and protection of nationals abroad.'],
      fr: ['Domaines d’action', 'Couvrez les domaines pertinents : identité et services consulaires, investissement et transferts de fonds, transfert de compétences, protection des ressortissants à l’étranger.'],
      sections: [
        { en: ['Engagement and communication', 'How the state keeps in touch with the diaspora and hears its views.'], fr: ['Dialogue et communication', 'Comment l’État reste en contact avec la diaspora et recueille ses avis.'] },
        { en: ['Investment, remittances and skills', 'How diaspora savings, investment and skills can contribute to development.'], fr: ['Investissement, transferts et compétences', 'Comment l’épargne, l’investissement et les compétences de la diaspora peuvent contribuer au développement.'] },
      ],
    },
    { en: ['Institutional framework', 'Name the lead institution for diaspora affairs and how ministries and embassies coordinate.'], fr: ['Cadre institutionnel', 'Nommez l’institution chef de file pour la diaspora et la coordination entre ministères et ambassades.'] },
    { en: ['Implementation plan', 'List measures with owners, dates and indicators; keep the action-plan matrix in step.'], fr: ['Plan de mise en œuvre', 'Énumérez les mesures avec responsables, dates et indicateurs ; gardez la matrice du plan d’action à jour.'] },
    { en: ['Monitoring and evaluation', 'Explain how progress is measured and reported, and when the policy is reviewed.'], fr: ['Suivi et évaluation', 'Expliquez comment l’avancement est mesuré et rapporté, et quand la politique est révisée.'] },
  ],
};
