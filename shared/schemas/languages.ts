import { z } from 'zod';
import { WORKING_LANGUAGES } from '../i18n/working-languages.ts';

/** A working language (`shared/i18n/working-languages.ts`). A leaf module, so that both the workspace and the document schemas can name it. */
export const workingLanguageSchema = z.enum(WORKING_LANGUAGES);
