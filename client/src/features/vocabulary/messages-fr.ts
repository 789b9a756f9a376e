import type { vocabularyMessagesEn } from './messages-en.ts';

/** Traductions françaises des chaînes du vocabulaire de l’espace (préréglage, domaines, types de sources). */
export const vocabularyMessagesFr: Readonly<Record<keyof typeof vocabularyMessagesEn, string>> = {
  'vocabulary.open': 'Domaines et types de sources',
  'vocabulary.title': 'Domaines et types de sources',
  'vocabulary.intro': 'Choisissez le vocabulaire de départ de cet espace, puis adaptez ses listes. Les éléments gardent une valeur retirée d’une liste jusqu’à ce que quelqu’un la change.',
  'vocabulary.preset': 'Préréglage',
  'vocabulary.preset.migration': 'Gouvernance des migrations',
  'vocabulary.preset.general': 'Général (tout ministère)',
  'vocabulary.presetNote': 'Changer de préréglage remplace les deux listes par les siennes.',
  'vocabulary.areas': 'Domaines thématiques',
  'vocabulary.evidenceTypes': 'Types de sources de données',
  'vocabulary.entryLabel': 'Nom de l’entrée {number}',
  'vocabulary.remove': 'Retirer « {name} »',
  'vocabulary.addArea': 'Ajouter un domaine',
  'vocabulary.addEvidenceType': 'Ajouter un type de source',
  'vocabulary.save': 'Enregistrer',
  'vocabulary.saveFailed': 'Les listes n’ont pas pu être enregistrées : {message}',
  'area.governanceAndCoordination': 'Gouvernance et coordination',
  'area.legalAndRegulatoryFramework': 'Cadre juridique et réglementaire',
  'area.serviceDelivery': 'Prestation de services',
  'area.financing': 'Financement',
  'area.workforceAndCapacity': 'Personnel et capacités',
  'area.infrastructureAndEquipment': 'Infrastructures et équipements',
  'area.dataAndMonitoring': 'Données, suivi et évaluation',
  'area.equityAndInclusion': 'Équité et inclusion',
  'area.partnershipsAndParticipation': 'Partenariats et participation',
};
