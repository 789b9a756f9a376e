/** A heading and the guidance shown under it while drafting, in one language. */
export type SectionText = readonly [heading: string, hint: string];

export type TemplateSection = {
  en: SectionText;
  fr: SectionText;
  /** Sub-sections, rendered one heading level lower. */
  sections?: readonly TemplateSection[];
};

export type DocumentTemplate = {
  id: string;
  name: { en: string; fr: string };
  description: { en: string; fr: string };
  sections: readonly TemplateSection[];
};

export const TEMPLATE_LANGUAGES = ['en', 'fr'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];
