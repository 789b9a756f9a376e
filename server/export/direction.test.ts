import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { contentAllowList } from '../../shared/editor/content-allow-list.ts';
import { documentSchema } from '../../shared/editor/schema-extensions.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { renderDocx } from './docx.ts';
import { renderNode } from './html.ts';
import { exportLabels } from './labels.ts';
import { DEFAULT_EXPORT_LIMITS, ModelBudget } from './limits.ts';
import { sanitizeContent } from './sanitize.ts';

const paragraph = (text: string, dir?: string): PmNode => ({ type: 'paragraph', ...(dir ? { attrs: { dir } } : {}), content: [{ type: 'text', text }] });

describe('paragraph direction', () => {
  it('is a paragraph and heading attribute the content allow-list bounds', () => {
    const { nodes } = contentAllowList();
    for (const type of ['paragraph', 'heading']) {
      const check = nodes.get(type)?.get('dir');
      expect(check, type).toBeDefined();
      expect([null, 'ltr', 'rtl'].every((value) => check?.(value))).toBe(true);
      expect(['auto', 'sideways', '<b>', 1].some((value) => check?.(value))).toBe(false);
    }
  });

  it('is read from HTML, and absent (automatic) by default', () => {
    const doc = documentSchema().nodeFromJSON({ type: 'doc', content: [paragraph('مرحبا'), paragraph('Bonjour', 'rtl')] });
    expect(doc.child(0).attrs['dir']).toBeNull();
    expect(doc.child(1).attrs['dir']).toBe('rtl');
  });

  it('survives the export sanitizer and is written in HTML only where a writer set it', () => {
    const content: PmNode = {
      type: 'doc',
      content: [paragraph('UNHCR يدعم الخطة', 'rtl'), paragraph('Le plan national'), paragraph('x', 'sideways'), { type: 'heading', attrs: { level: 2, dir: 'ltr' }, content: [{ type: 'text', text: 'Annex' }] }],
    };
    const clean = sanitizeContent(content, new ModelBudget(DEFAULT_EXPORT_LIMITS));
    const html = renderNode(clean, { next: 0 });
    expect(html).toContain('<p dir="rtl">UNHCR يدعم الخطة</p>');
    expect(html).toContain('<p>Le plan national</p>');
    expect(html).toContain('<p>x</p>');
    expect(html).toContain('id="section-1" dir="ltr">Annex');
  });

  it('makes Word paragraphs right to left where set so or where an Arabic letter comes first', async () => {
    const docx = await renderDocx({
      language: 'ar',
      labels: exportLabels('ar'),
      title: 'مسودة',
      workspaceTitle: 'مساحة',
      leadInstitution: '',
      versionName: null,
      date: '2026-01-01T00:00:00.000Z',
      validated: false,
      ladder: [],
      content: { type: 'doc', content: [paragraph('Bonjour', 'rtl'), paragraph('مرحبا بكم'), paragraph('Plan national')] },
      matrices: [],
      comments: [],
    });
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    const paragraphOf = (text: string) => /<w:p>(?:(?!<w:p>).)*$/s.exec(xml.slice(0, xml.indexOf(text)))?.[0] ?? '';
    expect(paragraphOf('Bonjour')).toContain('<w:bidi/>');
    expect(paragraphOf('مرحبا بكم')).toContain('<w:bidi/>');
    expect(paragraphOf('Plan national')).not.toContain('<w:bidi/>');
  });
});
