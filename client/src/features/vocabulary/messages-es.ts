import type { Translation } from '../../lib/i18n/message.ts';
import type { vocabularyMessagesEn } from './messages-en.ts';

/** Spanish strings of a workspace's policy-area vocabulary. */
export const vocabularyMessagesEs: Translation<typeof vocabularyMessagesEn> = {
  'vocabulary.open': 'Áreas de política y tipos de evidencia',
  'vocabulary.title': 'Áreas de política y tipos de evidencia',
  'vocabulary.intro': 'Elija el vocabulario del que parte este espacio de trabajo y luego adapte sus listas. Los elementos conservan un valor quitado de una lista hasta que alguien lo cambie.',
  'vocabulary.preset': 'Vocabulario de base',
  'vocabulary.preset.migration': 'Gobernanza de la migración',
  'vocabulary.preset.general': 'General (cualquier ministerio)',
  'vocabulary.presetNote': 'Cambiar el vocabulario de base reemplaza ambas listas por las suyas.',
  'vocabulary.areas': 'Áreas temáticas',
  'vocabulary.evidenceTypes': 'Tipos de fuentes de evidencia',
  'vocabulary.entryLabel': 'Nombre de la entrada {number}',
  'vocabulary.remove': 'Quitar «{name}»',
  'vocabulary.addArea': 'Añadir un área',
  'vocabulary.addEvidenceType': 'Añadir un tipo de fuente',
  'vocabulary.save': 'Guardar',
  'vocabulary.saveFailed': 'No se pudieron guardar las listas: {message}',
  'area.governanceAndCoordination': 'Gobernanza y coordinación',
  'area.legalAndRegulatoryFramework': 'Marco jurídico y normativo',
  'area.serviceDelivery': 'Prestación de servicios',
  'area.financing': 'Financiación',
  'area.workforceAndCapacity': 'Personal y capacidades',
  'area.infrastructureAndEquipment': 'Infraestructura y equipamiento',
  'area.dataAndMonitoring': 'Datos, seguimiento y evaluación',
  'area.equityAndInclusion': 'Equidad e inclusión',
  'area.partnershipsAndParticipation': 'Alianzas y participación',
};
