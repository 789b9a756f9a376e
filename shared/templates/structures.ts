import { isWorkingLanguage } from '../i18n/in-language.ts';
import { diasporaEngagement } from './diaspora-engagement.ts';
import { generalNationalPolicy } from './general-national-policy.ts';
import { generalNationalStrategy } from './general-national-strategy.ts';
import { municipalActionPlan } from './municipal-action-plan.ts';
import { nationalMigrationPolicy } from './national-migration-policy.ts';
import { nationalStrategy } from './national-strategy.ts';
import { standardOperatingProcedures } from './standard-operating-procedures.ts';
import type { DocumentTemplateStructure, TemplateLanguage } from './template-types.ts';

/**
 * The templates' shapes without their words, in the order the picker lists them. Apart from
 * `index.ts` (which adds every language's words, for the server), so that the API schemas and
 * the browser can name templates without downloading five languages of guidance.
 */
export const TEMPLATE_STRUCTURES: readonly DocumentTemplateStructure[] = [
  nationalMigrationPolicy,
  nationalStrategy,
  municipalActionPlan,
  standardOperatingProcedures,
  diasporaEngagement,
  generalNationalPolicy,
  generalNationalStrategy,
];

export const TEMPLATE_IDS = TEMPLATE_STRUCTURES.map((t) => t.id) as [string, ...string[]];

/** The template language for a workspace or interface language (English for an unknown one). */
export const templateLanguageFor = (language: string): TemplateLanguage => (isWorkingLanguage(language) ? language : 'en');
