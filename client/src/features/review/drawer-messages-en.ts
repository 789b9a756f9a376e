/** Strings of the review drawer on narrow screens, spread into the app dictionary (`lib/i18n/en.ts`). */
export const reviewDrawerMessagesEn = {
  'review.drawer.close': 'Close the review panel',
} as const;
