import { describe, expect, it } from 'vitest';
import { documentSchema } from '../editor/schema-extensions.ts';
import { GUIDANCE_HINT_NODE } from '../editor/guidance-hint.ts';
import { TEMPLATE_LANGUAGES, TEMPLATES, templateContent } from './index.ts';

describe('document templates', () => {
  const schema = documentSchema();

  it('ships the five templates of the domain guide with unique ids', () => {
    expect(TEMPLATES).toHaveLength(5);
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(5);
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

  it('has the same section structure in English and French', () => {
    for (const template of TEMPLATES) {
      const en = templateContent(template, 'en').content?.map((n) => n.type);
      const fr = templateContent(template, 'fr').content?.map((n) => n.type);
      expect(fr).toEqual(en);
    }
  });
});
