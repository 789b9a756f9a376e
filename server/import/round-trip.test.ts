import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import type { CadreServer } from '../server.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { docToJson } from '../versions/doc-content.ts';
import { outline } from './fixtures/outline.ts';
import { buildDocx, cell, commented, paragraph, run, table } from './fixtures/build-docx.ts';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

let server: CadreServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const DRAFT = {
  body: [
    paragraph(run('Context'), { style: 'Heading1' }),
    paragraph(run('Migration ') + commented(1, run('rose sharply')) + run(' in 2025.')),
    paragraph(run('first'), { list: { numId: 1, level: 0 } }),
    paragraph(run('inner'), { list: { numId: 1, level: 1 } }),
    paragraph(run('Objectives'), { style: 'Heading2' }),
    table([
      [cell('Goal'), cell('Target')],
      [cell('Return'), cell('50')],
    ]),
  ].join(''),
  comments: [{ id: 1, author: 'Ana Lima', text: 'Which source?' }],
  // Styles as Word declares them, so LibreOffice knows the headings too.
  extra: {
    'word/styles.xml':
      '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>',
  },
};

async function importFile(bytes: Uint8Array, name: string) {
  const { facilitator, workspaceId } = await seedWorkspace(server.url);
  const form = new FormData();
  form.set('file', new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name));
  const imported = await facilitator.call(contract.import.importDocument, { params: { id: workspaceId }, body: form }, 201);
  const content = await server.services.collab.change(imported.document.id, (doc) => docToJson(doc));
  return { facilitator, imported, content };
}

const structure = (doc: PmNode) => (doc.content ?? []).map(outline);

describe('import structure', () => {
  it('keeps the structure through export to DOCX and import again', async () => {
    const first = await importFile(await buildDocx(DRAFT), 'draft.docx');
    const response = await fetch(`${server.url}/api/documents/${first.imported.document.id}/export?format=docx`, { headers: { cookie: first.facilitator.cookie } });
    expect(response.status).toBe(200);
    const second = await importFile(new Uint8Array(await response.arrayBuffer()), 'exported.docx');
    const expected = structure(first.content);
    // The export adds a cover and contents before the text: the imported text ends with it all.
    const again = structure(second.content);
    expect(again.slice(again.length - expected.length)).toEqual(expected);
  });

  it.skipIf(!soffice)('imports an ODT made by LibreOffice through LibreOffice', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-odt-'));
    try {
      fs.writeFileSync(path.join(dir, 'draft.docx'), await buildDocx(DRAFT));
      execFileSync(soffice ?? 'soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'odt', '--outdir', dir, path.join(dir, 'draft.docx')], { timeout: 60_000, stdio: 'ignore' });
      const { imported, content } = await importFile(fs.readFileSync(path.join(dir, 'draft.odt')), 'draft.odt');
      expect(imported.report).toContainEqual({ kind: 'sourceFormat', outcome: 'converted', count: 1 });
      expect(structure(content)).toEqual(structure((await importFile(await buildDocx(DRAFT), 'draft.docx')).content));
      expect(imported.threadIds).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
