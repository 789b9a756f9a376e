import type { DocumentTemplate } from './template-types.ts';

export const municipalActionPlan: DocumentTemplate = {
  id: 'municipal-action-plan',
  name: { en: 'Municipal action plan for immigration and integration', fr: 'Plan d’action municipal pour l’immigration et l’intégration' },
  description: {
    en: 'Drafted once as a national template, then tailored by each municipality to its own population and needs.',
    fr: 'Rédigé une fois comme modèle national, puis adapté par chaque municipalité à sa population et à ses besoins.',
  },
  sections: [
    { en: ['Purpose of the plan', 'Say how this plan turns the national strategy into local action and what the municipality commits to.'], fr: ['Objet du plan', 'Indiquez comment ce plan traduit la stratégie nationale en action locale et ce à quoi la municipalité s’engage.'] },
    { en: ['Local context', 'Describe the municipality’s immigrant population: numbers, origins, where they live and work, and the main difficulties they report.'], fr: ['Contexte local', 'Décrivez la population immigrée de la municipalité : effectifs, origines, lieux de vie et de travail, principales difficultés signalées.'] },
    { en: ['Roles of national and local authorities', 'Clarify what the national authority, the municipality, the local support office and other services each do.'], fr: ['Rôles des autorités nationales et locales', 'Précisez ce que font respectivement l’autorité nationale, la municipalité, le bureau local d’appui et les autres services.'] },
    {
      en: ['Priority areas', 'Pick the areas that matter most locally, such as reception and information, access to services, employment, housing, and participation.'],
      fr: ['Domaines prioritaires', 'Retenez les domaines qui comptent le plus localement : accueil et information, accès aux services, emploi, logement, participation.'],
      sections: [
        { en: ['Reception and information', 'How newcomers learn about entry and residence rules, rights and services, and where they can go.'], fr: ['Accueil et information', 'Comment les nouveaux arrivants s’informent des règles d’entrée et de séjour, de leurs droits et des services, et où s’adresser.'] },
        { en: ['Access to services', 'Health, education, civil registration and social services: what barriers exist and how the plan lowers them.'], fr: ['Accès aux services', 'Santé, éducation, état civil et services sociaux : quels obstacles existent et comment le plan les réduit.'] },
        { en: ['Participation and social cohesion', 'How migrant associations take part in local decisions and how contact with residents is fostered.'], fr: ['Participation et cohésion sociale', 'Comment les associations de migrants participent aux décisions locales et comment favoriser les liens avec les habitants.'] },
      ],
    },
    { en: ['Measures and activities', 'List each measure with the responsible service, partners, dates, indicator and target. Keep the action-plan matrix in step.'], fr: ['Mesures et activités', 'Énumérez chaque mesure avec le service responsable, les partenaires, les dates, l’indicateur et la cible. Gardez la matrice du plan d’action à jour.'] },
    { en: ['Local coordination network', 'Describe how the municipality exchanges with other municipalities and the national authority, and how often.'], fr: ['Réseau local de coordination', 'Décrivez comment la municipalité échange avec les autres municipalités et l’autorité nationale, et à quelle fréquence.'] },
    { en: ['Follow-up and staff continuity', 'Explain who monitors the plan and how knowledge is kept when staff change.'], fr: ['Suivi et continuité', 'Expliquez qui suit le plan et comment les connaissances sont conservées lors des changements de personnel.'] },
  ],
};
