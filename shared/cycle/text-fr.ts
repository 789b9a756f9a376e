import type { CycleText } from './text.ts';

/** Libellés français du guide du cycle politique. */
export const cycleTextFr: CycleText = {
  stages: {
    mandate: {
      name: 'Mandat et cadrage',
      summary: 'Convenir de qui pilote, de la raison d’être du processus, de la composition du groupe restreint et du calendrier.',
      guidance: [
        'Désignez l’institution chef de file et rédigez une courte déclaration de mission : ce que la politique doit accomplir, et pour qui.',
        'Constituez un groupe restreint qui couvre plusieurs ministères, agences et directions : un texte rédigé par une seule agence n’en reflète que la vision.',
        'Fixez une feuille de route avec des jalons datés et tenables, y compris les séances de rédaction et les étapes de validation.',
        'Indiquez les domaines thématiques couverts pour retrouver plus facilement les travaux et pairs apparentés.',
      ],
    },
    problem: {
      name: 'Identification du problème',
      summary: 'Dire quelles questions la politique doit traiter, pourquoi elles relèvent de l’action publique et ce que disent les données.',
      guidance: [
        'Rédigez un ou plusieurs énoncés de problème et expliquez pourquoi chacun appelle une action publique.',
        'Recensez les sources disponibles (recensement, enquêtes, registres des frontières et des titres de séjour, registres consulaires) et leurs détenteurs.',
        'Notez ce qui manque : les lacunes de données déterminent ce que la politique peut promettre et ce qu’elle doit construire.',
        'Gardez les notes de mission au plus près des données sur lesquelles elles s’appuient.',
      ],
    },
    analysis: {
      name: 'Analyse des politiques',
      summary: 'Comprendre la situation, fixer des objectifs à long terme et comparer les options pour les atteindre.',
      guidance: [
        'Dressez les forces, faiblesses, possibilités et menaces (FFPM), en reliant chaque point à des données quand c’est possible.',
        'Analysez les écarts des lois, institutions, politiques, pratiques et données par rapport à une référence ou à la pratique d’un pair.',
        'Cartographiez les parties prenantes selon leur influence et leur intérêt pour décider comment associer chacune.',
        'Arrêtez des objectifs cohérents avec le plan national de développement, puis évaluez des options pour chacun : avantages, inconvénients, ressources, faisabilité et risques. Marquez l’option retenue.',
      ],
    },
    instruments: {
      name: 'Instruments de politique',
      summary: 'Choisir les moyens de chaque objectif : règles, financement, information ou organisation.',
      guidance: [
        'Pour chaque objectif arrêté, envisagez des instruments réglementaires, financiers, informationnels et organisationnels.',
        'Notez les candidats selon des critères explicites : coût, ressources disponibles, mandat institutionnel.',
        'Retenez au moins un instrument par objectif et nommez l’institution responsable.',
      ],
    },
    drafting: {
      name: 'Rédaction et consultation',
      summary: 'Rédiger la politique chapitre par chapitre, la faire relire par les experts et consulter les parties prenantes.',
      guidance: [
        'Partez d’un modèle et rédigez en séances ; entre les séances, les experts relisent à distance.',
        'Consignez chaque séance de rédaction : format, sections traitées, participants et résultats.',
        'Publiez une version pour consultation et donnez à chaque contribution une suite consignée.',
        'Ne clôturez le projet que lorsqu’aucun fil de commentaires ni aucune suggestion ne reste ouvert.',
      ],
    },
    validation: {
      name: 'Validation et adoption',
      summary: 'Faire franchir au texte l’échelle des validations jusqu’à l’adoption politique.',
      guidance: [
        'Convenez de l’échelle des validations : groupe restreint, atelier de validation, comité de pilotage, adoption technique puis politique.',
        'Chaque signature fige une version nommée ; toute modification ultérieure impose de signer à nouveau les étapes suivantes.',
        'Consignez l’adoption elle-même (décret, conseil des ministres) dans le registre des décisions.',
      ],
    },
    implementation: {
      name: 'Planification de la mise en œuvre',
      summary: 'Traduire les objectifs en mesures avec responsables, dates, indicateurs, cibles et ressources.',
      guidance: [
        'Donnez à chaque objectif arrêté au moins une mesure, déclinée en activités si utile.',
        'Chaque mesure a besoin d’une institution responsable, de dates, d’un indicateur avec valeur de référence et cible, et de ressources.',
        'Lorsqu’un plan national est adapté localement, tenez une variante par municipalité.',
      ],
    },
    monitoring: {
      name: 'Suivi et évaluation',
      summary: 'Suivre l’avancement à intervalles réguliers, évaluer et reporter les enseignements sur le cycle suivant.',
      guidance: [
        'Examinez l’état des mesures et les valeurs des indicateurs à une fréquence convenue (mensuelle, trimestrielle, annuelle).',
        'Rendez visibles tôt les mesures qui dérapent plutôt qu’à l’évaluation finale.',
        'Consignez les enseignements sur le tableau de bord du suivi : ils nourrissent le cycle suivant.',
      ],
    },
  },
  criteria: {
    leadAndMission: 'Une institution chef de file et une mission sont définies',
    coreGroupInstitutions: 'Le groupe restreint compte des membres d’au moins 3 institutions',
    roadmapDated: 'La feuille de route a des jalons, tous datés',
    thematicAreas: 'Au moins un domaine thématique est indiqué',
    problemStatement: 'Un énoncé de problème existe',
    evidenceSources: 'Le registre des données recense au moins une source',
    evidenceGaps: 'Le registre des données consigne des lacunes',
    swotFilled: 'L’analyse FFPM compte au moins 4 points',
    stakeholdersMapped: 'Les parties prenantes sont cartographiées',
    gapAnalysis: 'Une analyse des écarts est entamée',
    objectivesAgreed: 'Tous les objectifs sont arrêtés',
    preferredOptions: 'Chaque objectif a une option évaluée marquée comme retenue',
    instrumentsSelected: 'Chaque objectif arrêté a au moins un instrument retenu',
    draftExists: 'Un document de politique est en cours de rédaction',
    draftingSession: 'Au moins une séance de rédaction est consignée',
    noOpenThreads: 'Aucun fil de commentaires n’est ouvert sur le projet',
    noOpenSuggestions: 'Aucune suggestion n’est en attente sur le projet',
    inputsDispositioned: 'Chaque contribution de la consultation a reçu une suite',
    validationSigned: 'Chaque étape de l’échelle de validation est signée',
    adoptionRecorded: 'L’adoption est consignée dans le registre des décisions',
    measuresPerObjective: 'Chaque objectif arrêté a au moins une mesure',
    measuresComplete: 'Chaque mesure a un responsable, des dates, un indicateur et une cible',
    measuresMonitored: 'Chaque mesure a un rapport pour sa dernière période échue',
    lessonsRecorded: 'Les enseignements sont consignés',
  },
  notTracked: 'Pas encore suivi dans cet espace',
};
