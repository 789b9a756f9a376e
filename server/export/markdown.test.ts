import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { exportLabels } from './labels.ts';
import { renderMarkdown } from './markdown.ts';
import type { ExportModel } from './model.ts';

const paragraph = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const quote = (...content: PmNode[]): PmNode => ({ type: 'blockquote', content });

const modelOf = (...content: PmNode[]): ExportModel => ({
  language: 'en',
  labels: exportLabels('en'),
  title: 'Policy',
  workspaceTitle: 'Workspace',
  leadInstitution: '',
  versionName: null,
  date: '2024-01-01T00:00:00.000Z',
  validated: false,
  ladder: [],
  content: { type: 'doc', content },
  matrices: [],
  comments: [],
});

describe('Markdown export', () => {
  it('writes nested quotes without a blank line per level', () => {
    const markdown = renderMarkdown(modelOf(quote(quote(quote(paragraph('Deepest')))), paragraph('After')));
    expect(markdown).toContain('> > > Deepest\n\nAfter\n');
    expect(markdown).not.toMatch(/^>+( >)*$/m);
  });
});
