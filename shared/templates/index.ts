import { z } from 'zod';
import { GUIDANCE_HINT_NODE } from '../editor/guidance-hint-name.ts';
import { diasporaEngagement } from './diaspora-engagement.ts';
import { municipalActionPlan } from './municipal-action-plan.ts';
import { nationalMigrationPolicy } from './national-migration-policy.ts';
import { nationalStrategy } from './national-strategy.ts';
import { standardOperatingProcedures } from './standard-operating-procedures.ts';
import type { DocumentTemplate, TemplateLanguage, TemplateSection } from './template-types.ts';

export type { DocumentTemplate, TemplateLanguage, TemplateSection } from './template-types.ts';
export { TEMPLATE_LANGUAGES } from './template-types.ts';

/** The document templates of domain guide §4, each in English and French. */
export const TEMPLATES: readonly DocumentTemplate[] = [
  nationalMigrationPolicy,
  nationalStrategy,
  municipalActionPlan,
  standardOperatingProcedures,
  diasporaEngagement,
];

export const TEMPLATE_IDS = TEMPLATES.map((t) => t.id) as [string, ...string[]];
export const templateIdSchema = z.enum(TEMPLATE_IDS);

export const findTemplate = (id: string): DocumentTemplate | undefined => TEMPLATES.find((t) => t.id === id);

/** Templates exist in English and French; other working languages start from English. */
export const templateLanguageFor = (language: string): TemplateLanguage => (language === 'fr' ? 'fr' : 'en');

/** ProseMirror JSON, as far as templates need it. */
export type TemplateNode = { type: string; attrs?: Record<string, unknown>; content?: TemplateNode[]; text?: string };

/**
 * The skeleton of a new document: a heading per section (top level = heading 1), the
 * section's guidance as a `guidanceHint` node, and an empty paragraph to write in.
 */
export function templateContent(template: DocumentTemplate, language: TemplateLanguage): TemplateNode {
  const blocks: TemplateNode[] = [];
  const add = (section: TemplateSection, level: number) => {
    const [heading, hint] = section[language];
    blocks.push({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: heading }] });
    blocks.push({ type: GUIDANCE_HINT_NODE, content: [{ type: 'text', text: hint }] });
    if (!section.sections?.length) blocks.push({ type: 'paragraph' });
    for (const sub of section.sections ?? []) add(sub, Math.min(level + 1, 3));
  };
  for (const section of template.sections) add(section, 1);
  return { type: 'doc', content: blocks };
}
