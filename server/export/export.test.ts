import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validationEndpoints as validation } from '../../shared/api/validation.ts';
import { versionsEndpoints as versions } from '../../shared/api/versions.ts';
import type { CadreServer } from '../server.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { fixtureDocument } from '../versions/fixtures.ts';
import { convertDocx } from './converters.ts';
import { officeText, pdfText, requireProgram } from './test-helpers.ts';

const EXPECTED_TEXT = [
  'Rationale and need',
  'growing labour mobility',
  'Nested coordination',
  'Second measure',
  'Ownership stays with the lead institution.',
  'Action plan summary',
];
const TABLE_CELLS = ['Measure', 'Responsible', 'Deadline', 'Census module', 'Statistics office', 'Quarter four', 'Consular register', 'Foreign affairs', 'Next year'];

function expectDocumentText(text: string, { draft }: { draft: boolean }) {
  for (const expected of [...EXPECTED_TEXT, ...TABLE_CELLS, 'Ministry of Interior', 'Contents']) expect(text).toContain(expected);
  expect(text).not.toContain('Template hint');
  expect(text.includes('DRAFT')).toBe(draft);
}

let server: CadreServer;
let seeded: Awaited<ReturnType<typeof seedWorkspace>>;
beforeAll(async () => {
  server = await startTestServer();
  seeded = await seedWorkspace(server.url);
  await seeded.facilitator.expect(200, 'PATCH', `/api/workspaces/${seeded.workspaceId}`, { leadInstitution: 'Ministry of Interior' });
  await server.services.collab.change(seeded.documentId, (doc) => replaceDocContent(doc, fixtureDocument()));
});
afterAll(() => server.close());

async function download(format: string, query = '') {
  const response = await fetch(`${server.url}/api/documents/${seeded.documentId}/export?format=${format}${query}`, {
    headers: { cookie: seeded.facilitator.cookie },
  });
  expect(response.status, await response.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  return { body: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

describe('export', () => {
  it('builds sanitized HTML from the document, with cover, contents and draft mark', async () => {
    const { body, headers } = await download('html');
    const html = body.toString('utf8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="draft-policy.html"');
    expect(html).not.toMatch(/<script/i);
    // Real tags only (escaped text may say anything): none carries an event handler.
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('&#60;script&#62;');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.filter((h) => !h.startsWith('#'))).toEqual(['https://example.org/plan']);
    expect(html).toContain('<th><p>Measure</p></th>');
    expect(html).toContain('<a href="#section-1">Rationale and need</a>');
    expect(html).toContain('class="draft-mark"');
    expect(html).not.toContain('Template hint');
  });

  it('writes Markdown with escaped text, lists and a table', async () => {
    const markdown = (await download('md')).body.toString('utf8');
    expect(markdown).toContain('## Rationale and need');
    expect(markdown).toContain('**growing labour mobility**');
    expect(markdown).toContain('[the national plan](<https://example.org/plan>)');
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain('\\<script\\>');
    expect(markdown).toMatch(/- Partnership\n {2}- Nested coordination\n- Human rights/);
    expect(markdown).toContain('| Census module | Statistics office | Quarter four |');
  });

  it('adds the workspace matrices as annexes and, on request, the comments', async () => {
    await seeded.facilitator.expect(201, 'POST', `/api/workspaces/${seeded.workspaceId}/matrices/glossary`, {
      data: { term: 'Circular migration', definition: 'Repeated legal movement between countries' },
    });
    const markdown = (await download('md')).body.toString('utf8');
    expect(markdown).toMatch(/## Annex A — Glossary/);
    expect(markdown).toContain('Circular migration');
    // Versions keep the matrices as they were when named.
    const version = await seeded.facilitator.call(versions.create, { params: { id: seeded.documentId }, body: { name: 'With glossary' } });
    await seeded.facilitator.expect(201, 'POST', `/api/workspaces/${seeded.workspaceId}/matrices/glossary`, {
      data: { term: 'Remittances', definition: 'Money sent home by migrants' },
    });
    const old = (await download('md', `&version=${version.id}`)).body.toString('utf8');
    expect(old).toContain('Circular migration');
    expect(old).not.toContain('Remittances');
    expect(old).toContain('Version: With glossary');
  });

  it('adds a comments annex only when asked', async () => {
    // Written straight to the review feature's tables: anchoring a thread through its API
    // needs an editor; this test is about what the export reads from them.
    const { db } = server.database;
    const author = await db.selectFrom('users').select('id').where('email', '=', seeded.facilitator.email).executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await db
      .insertInto('review_threads')
      .values({
        id: 'thread-export-1',
        workspace_id: seeded.workspaceId,
        document_id: seeded.documentId,
        kind: 'comment',
        anchor_start: '',
        anchor_end: '',
        quote: 'labour mobility',
        author_id: author.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('review_messages')
      .values({ id: 'message-export-1', thread_id: 'thread-export-1', author_id: author.id, body: 'Please cite the labour force survey', created_at: now })
      .execute();
    expect((await download('md')).body.toString('utf8')).not.toContain('labour force survey');
    const withComments = (await download('md', '&comments=1')).body.toString('utf8');
    expect(withComments).toContain('## Comments');
    expect(withComments).toContain('**Fatou Facilitator**: Please cite the labour force survey');
  });

  it('writes a DOCX that LibreOffice opens, with every text and table cell', { timeout: 120_000 }, async () => {
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const { body } = await download('docx');
    expect(body.subarray(0, 2).toString()).toBe('PK');
    expectDocumentText(pdfText(await convertDocx(body, 'pdf', undefined)), { draft: true });
  });

  it('writes an ODT through LibreOffice', { timeout: 120_000 }, async () => {
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const { body } = await download('odt');
    expect(body.subarray(30, 38).toString()).toBe('mimetype');
    expectDocumentText(officeText(body, 'odt'), { draft: true });
  });

  it('makes a PDF through LibreOffice', { timeout: 120_000 }, async () => {
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const { body } = await download('pdf');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expectDocumentText(pdfText(body), { draft: true });
  });

  it('keeps the draft mark while steps are unsigned and uses the workspace language', { timeout: 60_000 }, async () => {
    const chair = (await addMember(server, seeded.workspaceId, 'chair', 'Chair Person')).client;
    const ladder = await chair.call(validation.ladder, { params: { id: seeded.documentId } });
    await chair.call(validation.sign, { params: { id: seeded.documentId, stepId: ladder.steps[0]?.id ?? '' }, body: { note: 'Decree 12/2026' } });
    await seeded.facilitator.expect(200, 'PATCH', `/api/workspaces/${seeded.workspaceId}`, { language: 'fr' });
    const html = (await download('html')).body.toString('utf8');
    // One step of five signed: still a draft (the cover tests check every state).
    expect(html).toContain('class="draft-mark"');
    expect(html).toContain('Decree 12/2026');
    expect(html).toContain('Institution chef de file');
    expect(html).toContain('Table des matières');
    const observer = (await addMember(server, seeded.workspaceId, 'observer')).client;
    const as = (format: string) =>
      fetch(`${server.url}/api/documents/${seeded.documentId}/export?format=${format}`, { headers: { cookie: observer.cookie } });
    expect((await as('md')).status).toBe(200);
    expect((await as('exe')).status).toBe(400);
  });
});
