import type { Translation } from '../../lib/i18n/message.ts';
import type { vocabularyMessagesEn } from './messages-en.ts';

/** Traduções portuguesas das cadeias do vocabulário do espaço (predefinição, áreas, tipos de fontes). */
export const vocabularyMessagesPt: Translation<typeof vocabularyMessagesEn> = {
  'vocabulary.open': 'Áreas de política e tipos de dados',
  'vocabulary.title': 'Áreas de política e tipos de dados',
  'vocabulary.intro': 'Escolha o vocabulário de partida deste espaço e adapte depois as suas listas. Os elementos mantêm um valor retirado de uma lista até que alguém o altere.',
  'vocabulary.preset': 'Predefinição',
  'vocabulary.preset.migration': 'Governação das migrações',
  'vocabulary.preset.general': 'Geral (qualquer ministério)',
  'vocabulary.presetNote': 'Mudar de predefinição substitui as duas listas pelas da nova predefinição.',
  'vocabulary.areas': 'Áreas temáticas',
  'vocabulary.evidenceTypes': 'Tipos de fontes de dados',
  'vocabulary.entryLabel': 'Nome da entrada {number}',
  'vocabulary.remove': 'Retirar «{name}»',
  'vocabulary.addArea': 'Adicionar uma área',
  'vocabulary.addEvidenceType': 'Adicionar um tipo de fonte',
  'vocabulary.save': 'Guardar',
  'vocabulary.saveFailed': 'Não foi possível guardar as listas: {message}',
  'area.governanceAndCoordination': 'Governação e coordenação',
  'area.legalAndRegulatoryFramework': 'Quadro jurídico e regulamentar',
  'area.serviceDelivery': 'Prestação de serviços',
  'area.financing': 'Financiamento',
  'area.workforceAndCapacity': 'Recursos humanos e capacidades',
  'area.infrastructureAndEquipment': 'Infraestruturas e equipamentos',
  'area.dataAndMonitoring': 'Dados, acompanhamento e avaliação',
  'area.equityAndInclusion': 'Equidade e inclusão',
  'area.partnershipsAndParticipation': 'Parcerias e participação',
};
