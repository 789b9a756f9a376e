import type { Translation } from '../../lib/i18n/message.ts';
import type { variantMessagesEn } from './messages-en.ts';

/** Traduções portuguesas das cadeias das variantes adaptadas de um modelo. */
export const variantMessagesPt: Translation<typeof variantMessagesEn> = {
  'variants.tailor': 'Adaptar uma variante',
  'variants.tailorHint': 'Criar um novo documento, por exemplo um plano de ação municipal, a partir do texto atual deste.',
  'variants.titleLabel': 'Título da variante',
  'variants.titlePlaceholder': 'p. ex. Plano de ação municipal da Praia',
  'variants.create': 'Criar a variante',
  'variants.cancel': 'Cancelar',
  'variants.creating': 'A criar…',
  'variants.failed': 'Não foi possível criar a variante: {message}',
  'variants.tailoredFrom': 'Adaptado de {title}',
  'variants.openParent': 'Abrir o modelo nacional',
  'variants.upToDate': 'Nenhuma alteração no modelo nacional desde {date}.',
  'variants.changedCount': {
    one: 'O modelo nacional mudou em {count} secção desde {date}.',
    many: 'O modelo nacional mudou em {count} de secções desde {date}.',
    other: 'O modelo nacional mudou em {count} secções desde {date}.',
  },
  'variants.panelHeading': 'Alterações no modelo nacional',
  'variants.show': 'Mostrar as alterações',
  'variants.hide': 'Ocultar as alterações',
  'variants.untitledSection': 'Texto introdutório',
  'variants.status.changed': 'Alterada',
  'variants.status.added': 'Adicionada',
  'variants.status.removed': 'Eliminada',
  'variants.status.unchanged': 'Inalterada',
  'variants.markReviewed': 'Marcar como examinado',
  'variants.reviewFailed': 'Não foi possível marcar as alterações como examinadas: {message}',
  'variants.loadFailed': 'Não foi possível carregar as alterações do modelo nacional: {message}',
};
