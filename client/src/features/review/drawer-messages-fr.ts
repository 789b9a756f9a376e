import type { reviewDrawerMessagesEn } from './drawer-messages-en.ts';

/** Chaînes du panneau de relecture sur écran étroit (`lib/i18n/fr.ts`). */
export const reviewDrawerMessagesFr: Record<keyof typeof reviewDrawerMessagesEn, string> = {
  'review.drawer.close': 'Fermer le panneau de relecture',
};
