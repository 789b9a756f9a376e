import type { DocumentTemplate } from './template-types.ts';

export const nationalMigrationPolicy: DocumentTemplate = {
  id: 'national-migration-policy',
  name: { en: 'National migration policy', fr: 'Politique migratoire nationale' },
  description: {
    en: 'A full policy document: rationale, vision, objectives, principles, pillars and how it will be run and monitored.',
    fr: 'Un document de politique complet : exposé des motifs, vision, objectifs, principes, axes, pilotage et suivi.',
  },
  sections: [
    {
      en: ['Rationale', 'Explain why this policy is needed now: the situation, the problems identified and what happens if nothing changes. Draw on the evidence register.'],
      fr: ['Exposé des motifs', 'Expliquez pourquoi cette politique est nécessaire maintenant : la situation, les problèmes identifiés et ce qui se passe si rien ne change. Appuyez-vous sur le registre des données.'],
      sections: [
        { en: ['Situation analysis', 'Summarise flows, stocks and trends with their sources, and note where data is missing.'], fr: ['Analyse de la situation', 'Résumez flux, effectifs et tendances avec leurs sources, et signalez les données manquantes.'] },
        { en: ['Legal and institutional framework', 'Describe the laws, institutions and earlier policies in force, and the gaps found in the gap analysis.'], fr: ['Cadre juridique et institutionnel', 'Décrivez les lois, institutions et politiques antérieures en vigueur, et les écarts relevés par l’analyse des écarts.'] },
      ],
    },
    { en: ['Vision', 'In two or three sentences, describe the situation the country wants to reach at the end of the policy period.'], fr: ['Vision', 'En deux ou trois phrases, décrivez la situation que le pays veut atteindre à la fin de la période couverte.'] },
    { en: ['Objectives', 'List the long-term objectives agreed by the core group and show how each fits the national development plan.'], fr: ['Objectifs', 'Énumérez les objectifs à long terme arrêtés par le groupe restreint et montrez comment chacun s’inscrit dans le plan national de développement.'] },
    {
      en: ['Guiding principles', 'State the principles every measure must respect, such as partnership, human rights, non-discrimination, transparency and accountability, coordination and coherence.'],
      fr: ['Principes directeurs', 'Énoncez les principes que toute mesure doit respecter : partenariat, droits humains, non-discrimination, transparence et redevabilité, coordination, cohérence.'],
    },
    {
      en: ['Policy pillars', 'Organise the policy into a few pillars or axes; under each, describe the measures and the instruments chosen.'],
      fr: ['Axes de la politique', 'Organisez la politique en quelques axes ; pour chacun, décrivez les mesures et les instruments retenus.'],
      sections: [
        { en: ['Pillar 1', 'Name the pillar, state its objective, then its measures. Copy this section for each further pillar.'], fr: ['Axe 1', 'Nommez l’axe, indiquez son objectif, puis ses mesures. Dupliquez cette section pour chaque axe suivant.'] },
      ],
    },
    { en: ['Coordination and implementation structure', 'Say who leads, which bodies coordinate, how often they meet and how decisions are taken.'], fr: ['Structure de coordination et de mise en œuvre', 'Indiquez qui pilote, quels organes coordonnent, à quelle fréquence ils se réunissent et comment les décisions sont prises.'] },
    { en: ['Data and research', 'Describe how data will be collected, shared and improved to follow the policy.'], fr: ['Données et recherche', 'Décrivez comment les données seront collectées, partagées et améliorées pour suivre la politique.'] },
    { en: ['Gender', 'Explain how the policy addresses the different situations of women, men, girls and boys.'], fr: ['Genre', 'Expliquez comment la politique tient compte des situations différentes des femmes, des hommes, des filles et des garçons.'] },
    { en: ['Monitoring and evaluation', 'Set the review cadence, the indicators and who reports on them, and when the policy will be evaluated.'], fr: ['Suivi et évaluation', 'Fixez la fréquence des revues, les indicateurs et qui en rend compte, ainsi que la date de l’évaluation.'] },
    { en: ['Glossary', 'Define the key terms as agreed in the workspace glossary.'], fr: ['Glossaire', 'Définissez les termes clés tels qu’arrêtés dans le glossaire de l’espace.'] },
    { en: ['Annexes', 'Attach the action plan, the stakeholder map and any supporting analysis.'], fr: ['Annexes', 'Joignez le plan d’action, la cartographie des parties prenantes et toute analyse utile.'] },
  ],
};
