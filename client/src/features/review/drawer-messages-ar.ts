import type { Translation } from '../../lib/i18n/message.ts';
import type { reviewDrawerMessagesEn } from './drawer-messages-en.ts';

/** Arabic words of this feature. */
export const reviewDrawerMessagesAr: Translation<typeof reviewDrawerMessagesEn> = {
  'review.drawer.close': 'إغلاق لوحة المراجعة',
};
