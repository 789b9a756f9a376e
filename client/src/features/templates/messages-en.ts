/** Interface strings of creating a document from a template, spread into the app dictionary (`lib/i18n/en.ts`). */
export const templateMessagesEn = {
  'templates.heading': 'New document from a template',
  'templates.intro': 'Templates give the headings of a policy document with guidance under each. The guidance is visible while drafting and never exported.',
  'templates.label': 'Template',
  'templates.titleLabel': 'Document title',
  'templates.language': 'Language of the template',
  'templates.create': 'Create from template',
} as const;
