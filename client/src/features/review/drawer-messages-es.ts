import type { Translation } from '../../lib/i18n/message.ts';
import type { reviewDrawerMessagesEn } from './drawer-messages-en.ts';

/** Spanish strings of the review drawer on narrow screens. */
export const reviewDrawerMessagesEs: Translation<typeof reviewDrawerMessagesEn> = {
  'review.drawer.close': 'Cerrar el panel de revisión',
};
