import { describe, expect, it } from 'vitest';
import { documentSchema } from '../editor/schema-extensions.ts';
import { GUIDANCE_HINT_NODE } from '../editor/guidance-hint-name.ts';
import { TEMPLATE_LANGUAGES, TEMPLATE_TEXT, TEMPLATES, templateContent, type TemplateSection } from './index.ts';

describe('document templates', () => {
  const schema = documentSchema();

  it('ships the five templates of the domain guide and two general ones, with unique ids', () => {
    expect(TEMPLATES).toHaveLength(7);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(7);
  });

  it.each(TEMPLATES.flatMap((t) => TEMPLATE_LANGUAGES.map((language) => [t.id, language] as const)))(
    '%s (%s) builds a valid document with guidance under every heading',
    (id, language) => {
      const template = TEMPLATES.find((t) => t.id === id);
      if (!template) throw new Error(id);
      expect(template.name[language]).not.toBe('');
      const json = templateContent(template, language);
      const doc = schema.nodeFromJSON(json);
      doc.check();
      const headings = json.content?.filter((n) => n.type === 'heading') ?? [];
      const hints = json.content?.filter((n) => n.type === GUIDANCE_HINT_NODE) ?? [];
      expect(headings.length).toBeGreaterThanOrEqual(6);
      expect(hints).toHaveLength(headings.length);
      for (const hint of hints) expect(hint.content?.[0]?.text?.length).toBeGreaterThan(10);
    },
  );

  it('has the same section structure in every language', () => {
    for (const template of TEMPLATES) {
      const en = templateContent(template, 'en').content?.map((n) => n.type);
      for (const language of TEMPLATE_LANGUAGES) expect(templateContent(template, language).content?.map((n) => n.type), language).toEqual(en);
    }
  });

  it('has words for exactly the sections of its structure, in every language', () => {
    const keysOf = (sections: readonly TemplateSection[]): string[] => sections.flatMap((s) => [s.key, ...keysOf(s.sections ?? [])]);
    for (const template of TEMPLATES) {
      for (const language of TEMPLATE_LANGUAGES) {
        expect(Object.keys(TEMPLATE_TEXT[language][template.id].sections).sort(), `${template.id} ${language}`).toEqual(keysOf(template.sections).sort());
      }
    }
  });
});
