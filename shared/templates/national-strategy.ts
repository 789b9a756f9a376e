import type { DocumentTemplate } from './template-types.ts';

export const nationalStrategy: DocumentTemplate = {
  id: 'national-strategy-action-plan',
  name: { en: 'National strategy with action plan', fr: 'Stratégie nationale et plan d’action' },
  description: {
    en: 'A thematic strategy (for example against trafficking, or for border management) followed by its costed action plan.',
    fr: 'Une stratégie thématique (par exemple contre la traite, ou pour la gestion des frontières) suivie de son plan d’action chiffré.',
  },
  sections: [
    { en: ['Introduction', 'Present the theme, the mandate for this strategy and how it was prepared, including who was consulted.'], fr: ['Introduction', 'Présentez le thème, le mandat de cette stratégie et la manière dont elle a été préparée, y compris les consultations.'] },
    { en: ['Context and problem analysis', 'Describe the phenomenon, its scale and causes, and the weaknesses of the current response. Cite your sources.'], fr: ['Contexte et analyse du problème', 'Décrivez le phénomène, son ampleur et ses causes, ainsi que les faiblesses de la réponse actuelle. Citez vos sources.'] },
    { en: ['Strategic vision and goal', 'State the overall goal the strategy pursues over its period.'], fr: ['Vision stratégique et but', 'Énoncez le but général que poursuit la stratégie sur sa période.'] },
    {
      en: ['Strategic objectives', 'Group the response into a few objectives, for example prevention, protection, prosecution and partnership.'],
      fr: ['Objectifs stratégiques', 'Regroupez la réponse en quelques objectifs, par exemple prévention, protection, poursuites et partenariat.'],
      sections: [
        { en: ['Objective 1', 'Describe the objective, the expected result and the instruments chosen. Copy this section for each objective.'], fr: ['Objectif 1', 'Décrivez l’objectif, le résultat attendu et les instruments retenus. Dupliquez cette section pour chaque objectif.'] },
      ],
    },
    { en: ['Institutional roles', 'List the institutions involved and what each is responsible for; name the coordinating body.'], fr: ['Rôles institutionnels', 'Énumérez les institutions concernées et la responsabilité de chacune ; nommez l’organe de coordination.'] },
    {
      en: ['Action plan', 'For each objective, list measures with the responsible institution, partners, timeline, indicator, baseline, target and budget. The action-plan matrix holds the details.'],
      fr: ['Plan d’action', 'Pour chaque objectif, énumérez les mesures avec institution responsable, partenaires, calendrier, indicateur, valeur de référence, cible et budget. La matrice du plan d’action contient le détail.'],
    },
    { en: ['Resources and funding', 'Estimate the cost of the plan and say where the money comes from: national budget, partners, other sources.'], fr: ['Ressources et financement', 'Estimez le coût du plan et indiquez l’origine des fonds : budget national, partenaires, autres sources.'] },
    { en: ['Monitoring, evaluation and review', 'Explain how progress will be reported, how often, by whom, and when the strategy will be revised.'], fr: ['Suivi, évaluation et révision', 'Expliquez comment l’avancement sera rapporté, à quelle fréquence, par qui, et quand la stratégie sera révisée.'] },
  ],
};
