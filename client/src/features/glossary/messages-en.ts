/**
 * Interface strings of the glossary's agreement and of the workspace's policy-area vocabulary,
 * spread into the app dictionary (`lib/i18n/en.ts`).
 */
export const glossaryMessagesEn = {
  'glossary.agreedTerm': 'Agreed term',
  'glossary.proposed': 'Proposed',
  'glossary.agree': 'Agree',
  'glossary.agreeNamed': 'Agree the term “{term}”',
  'glossary.agreedBy': 'Agreed by {name}, {date}',
  'glossary.agreeFailed': 'The term could not be agreed: {message}',
  'glossary.changedMeanwhile': 'Someone changed this term in the meantime: read it again before agreeing.',
} as const;
