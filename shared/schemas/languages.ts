import { z } from 'zod';

/**
 * Working languages of workspaces and documents (what their text and exports are written in);
 * the interface itself is translated separately. A leaf module, so that both the workspace and
 * the document schemas can name them.
 */
export const WORKING_LANGUAGES = ['en', 'fr', 'pt', 'es', 'ar'] as const;
export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number];
export const workingLanguageSchema = z.enum(WORKING_LANGUAGES);
