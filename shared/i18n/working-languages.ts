/**
 * Working languages of workspaces and documents (what their text and exports are written in);
 * the interface itself is translated separately. A module without zod (their schema is in
 * `shared/schemas/languages.ts`), so that the browser's pages can list them without it.
 */
export const WORKING_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ar'] as const;
export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number];
