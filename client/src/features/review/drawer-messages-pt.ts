import type { Translation } from '../../lib/i18n/message.ts';
import type { reviewDrawerMessagesEn } from './drawer-messages-en.ts';

/** Cadeias do painel de revisão em ecrãs estreitos (`lib/i18n/pt.ts`). */
export const reviewDrawerMessagesPt: Translation<typeof reviewDrawerMessagesEn> = {
  'review.drawer.close': 'Fechar o painel de revisão',
};
