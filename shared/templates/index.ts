import { GUIDANCE_HINT_NODE } from '../editor/guidance-hint-name.ts';
import { TEMPLATE_STRUCTURES } from './structures.ts';
import {
  TEMPLATE_LANGUAGES,
  type DocumentTemplate,
  type TemplateLanguage,
  type TemplateSection,
  type TemplateText,
} from './template-types.ts';
import { templateTextAr } from './text-ar.ts';
import { templateTextEn } from './text-en.ts';
import { templateTextEs } from './text-es.ts';
import { templateTextFr } from './text-fr.ts';
import { templateTextPt } from './text-pt.ts';

export type { DocumentTemplate, TemplateLanguage, TemplateSection, TemplateText } from './template-types.ts';
export { TEMPLATE_LANGUAGES } from './template-types.ts';
export { TEMPLATE_IDS, templateLanguageFor } from './structures.ts';

export const TEMPLATE_TEXT: Readonly<Record<TemplateLanguage, TemplateText>> = {
  en: templateTextEn,
  fr: templateTextFr,
  pt: templateTextPt,
  es: templateTextEs,
  ar: templateTextAr,
};

const perLanguage = (word: (text: TemplateText) => string): Record<TemplateLanguage, string> =>
  Object.fromEntries(TEMPLATE_LANGUAGES.map((language) => [language, word(TEMPLATE_TEXT[language])])) as Record<TemplateLanguage, string>;

/**
 * The document templates of domain guide §4, and a general policy and strategy for workspaces of
 * the general preset (`shared/vocabulary/template-order.ts`), each in every working language.
 */
export const TEMPLATES: readonly DocumentTemplate[] = TEMPLATE_STRUCTURES.map((structure) => ({
  ...structure,
  name: perLanguage((text) => text[structure.id].name),
  description: perLanguage((text) => text[structure.id].description),
}));

export const findTemplate = (id: string): DocumentTemplate | undefined => TEMPLATES.find((t) => t.id === id);

/** ProseMirror JSON, as far as templates need it. */
export type TemplateNode = { type: string; attrs?: Record<string, unknown>; content?: TemplateNode[]; text?: string };

/**
 * The skeleton of a new document: a heading per section (top level = heading 1), the
 * section's guidance as a `guidanceHint` node, and an empty paragraph to write in.
 */
export function templateContent(template: DocumentTemplate, language: TemplateLanguage): TemplateNode {
  const blocks: TemplateNode[] = [];
  const words = TEMPLATE_TEXT[language][template.id].sections;
  const english = TEMPLATE_TEXT.en[template.id].sections;
  const add = (section: TemplateSection, level: number) => {
    // A section a translation lacks reads in English rather than vanishing from the skeleton.
    const text = words[section.key] ?? english[section.key];
    if (!text) throw new Error(`template ${template.id} has no words for section ${section.key}`);
    const [heading, hint] = text;
    blocks.push({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: heading }] });
    blocks.push({ type: GUIDANCE_HINT_NODE, content: [{ type: 'text', text: hint }] });
    if (!section.sections?.length) blocks.push({ type: 'paragraph' });
    for (const sub of section.sections ?? []) add(sub, Math.min(level + 1, 3));
  };
  for (const section of template.sections) add(section, 1);
  return { type: 'doc', content: blocks };
}

/** The headings of a new document from `template`, in order: what a reader of it sees first. */
export const templateHeadings = (template: DocumentTemplate, language: TemplateLanguage): string[] =>
  (templateContent(template, language).content ?? []).filter((node) => node.type === 'heading').map((node) => node.content?.[0]?.text ?? '');
