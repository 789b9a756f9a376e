import { WORKING_LANGUAGES, type WorkingLanguage } from '../i18n/working-languages.ts';

/** A heading and the guidance shown under it while drafting, in one language. */
export type SectionText = readonly [heading: string, hint: string];

/** A section of a template: the key of its words in the text files, and its sub-sections. */
export type TemplateSection = {
  key: string;
  /** Sub-sections, rendered one heading level lower. */
  sections?: readonly TemplateSection[];
};

/** The shape of a template, the same in every language. */
export type DocumentTemplateStructure = { id: TemplateId; sections: readonly TemplateSection[] };

export type TemplateId =
  | 'national-migration-policy'
  | 'national-strategy-action-plan'
  | 'municipal-action-plan'
  | 'standard-operating-procedures'
  | 'diaspora-engagement-policy'
  | 'general-national-policy'
  | 'general-national-strategy';

/** One template's words in one language; `sections` is keyed by `TemplateSection.key`. */
export type TemplateWords = { name: string; description: string; sections: Readonly<Record<string, SectionText>> };

/**
 * All templates' words in one language (`text-<language>.ts`): a translator translates one
 * file, and the structure files stay shared.
 */
export type TemplateText = Readonly<Record<TemplateId, TemplateWords>>;

/** A template with its name and description in every language, as the screens list them. */
export type DocumentTemplate = DocumentTemplateStructure & {
  name: Readonly<Record<TemplateLanguage, string>>;
  description: Readonly<Record<TemplateLanguage, string>>;
};

/** Templates exist in every working language. */
export const TEMPLATE_LANGUAGES = WORKING_LANGUAGES;
export type TemplateLanguage = WorkingLanguage;
