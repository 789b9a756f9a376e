import type { PracticeText } from './text.ts';

/** Libellés français de l’auto-évaluation des bonnes pratiques. */
export const practiceTextFr: PracticeText = {
  title: 'Auto-évaluation des bonnes pratiques',
  criteria: {
    ownership: { name: 'Appropriation par le partenaire', question: 'L’autorité nationale pilote-t-elle le processus et s’approprie-t-elle ses résultats ?' },
    innovation: { name: 'Innovation dans le contexte', question: 'Le travail apporte-t-il quelque chose de nouveau pour ce pays ou cette institution ?' },
    replicability: { name: 'Reproductibilité', question: 'Une autre administration pourrait-elle reprendre la démarche ou ses produits ?' },
    tangibleResults: { name: 'Résultats tangibles', question: 'Y a-t-il des résultats concrets : un texte adopté, une procédure appliquée, des agents formés ?' },
    endorsement: { name: 'Soutien au plus haut niveau', question: 'Des hauts responsables ou des autorités politiques ont-ils appuyé le travail ?' },
    integration: { name: 'Intégration aux priorités existantes', question: 'Le travail s’inscrit-il dans le plan national de développement et les priorités du moment ?' },
    expertise: { name: 'Expertise du plus haut niveau', question: 'Les bons pairs et spécialistes y ont-ils contribué ?' },
    complementarity: { name: 'Complémentarité et synergie', question: 'S’appuie-t-il sur d’autres programmes et bailleurs, sans doublon ?' },
    partnershipValue: { name: 'Valeur ajoutée du partenariat', question: 'Le travail avec des administrations pairs a-t-il permis d’aller plus loin que seul ?' },
    knowledgeExchange: { name: 'Catalyseur d’échanges de savoirs', question: 'A-t-il lancé des échanges durables entre institutions ou pays ?' },
  },
  scores: { 1: 'Pas encore', 2: 'Naissant', 3: 'Établi', 4: 'Exemplaire' },
  notRated: 'Non évalué',
  export: {
    criterion: 'Critère',
    score: 'Note',
    evidence: 'Éléments probants',
    comment: 'Commentaire',
    assessedBy: 'Évalué par',
    history: 'Évolution des notes',
    date: 'Date',
    none: 'Aucune auto-évaluation n’a encore été enregistrée.',
  },
};
