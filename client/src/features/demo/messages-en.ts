/** Interface strings of the demo workspace offer, spread into the app dictionary (`lib/i18n/en.ts`). */
export const demoMessagesEn = {
  'demo.heading': 'Explore a demo workspace',
  'demo.body': 'Creates a sample workspace modelled on a municipal action plan for immigration and integration: institutions, members, roadmap, matrices and a partly drafted plan.',
  'demo.create': 'Create the demo workspace',
} as const;
