/** Strings of mention completion and review outcomes, spread into the app dictionary (`lib/i18n/en.ts`). */
export const reviewMessagesEn = {
  'review.mention.hint': 'Type @ and the start of a name to mention a member: they will be notified.',
  'review.mention.list': 'Members to mention',
  'review.mention.count': '{count} member(s) to mention. Up and Down to choose, Enter to insert, Escape to close.',
  'review.mention.none': 'No member of this workspace matches.',
  'review.mention.notified': 'Will be notified:',
  'review.error.invalidMention': 'Someone you mentioned is no longer a member of this workspace. Remove the mention and try again.',
  'notifications.resolved': '{name} resolved your thread',
  'notifications.accepted': '{name} accepted your suggestion',
  'notifications.rejected': '{name} rejected your suggestion',
} as const;
