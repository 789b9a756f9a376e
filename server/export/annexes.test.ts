import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsEndpoints as documents } from '../../shared/api/documents.ts';
import { matricesEndpoints as matrices } from '../../shared/api/matrices.ts';
import { versionsEndpoints as versions } from '../../shared/api/versions.ts';
import { ENUM_VALUES, MATRIX_FIELDS } from '../../shared/matrices/fields.ts';
import type { MatrixKind } from '../../shared/schemas/matrices/index.ts';
import type { CadreServer } from '../server.ts';
import { seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { convertDocx } from './converters.ts';
import { pdfText, requireProgram } from './test-helpers.ts';

/**
 * Exports of a workspace where every matrix kind is filled and items refer to each other: what
 * a steering committee reads must hold names and words, never ids, field names or enum keys.
 */
let server: CadreServer;
let seeded: Awaited<ReturnType<typeof seedWorkspace>>;
const ids: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  seeded = await seedWorkspace(server.url);
  const workspace = (await seeded.facilitator.expect(200, 'GET', `/api/workspaces/${seeded.workspaceId}`)) as { members: Array<{ id: string }> };
  const owner = workspace.members[0]?.id ?? '';
  ids.push(seeded.workspaceId, seeded.documentId, owner);
  const add = async (kind: MatrixKind, data: Record<string, unknown>) => {
    const { item } = await seeded.facilitator.call(matrices.create, { params: { id: seeded.workspaceId, kind }, body: { data: { ownerMemberId: owner, ...data } } }, 201);
    ids.push(item.id);
    return item.id;
  };
  await add('milestone', { title: 'Validation workshop', dueDate: '2027-03-15', done: false });
  const evidence = await add('evidence', {
    source: 'Labour force survey 2025',
    sourceType: 'householdSurvey',
    ownerInstitution: 'National statistics office',
    coverage: { immigrationFlows: 'partial', immigrationStocks: 'available', emigrationFlows: 'none', emigrationStocks: 'none' },
  });
  await add('problem', { statement: 'Migrant workers lack protection', evidenceIds: [evidence] });
  await add('swot', { quadrant: 'strengths', text: 'Strong consular network', evidenceIds: [evidence] });
  await add('swot', { quadrant: 'threats', text: 'Irregular recruitment agencies' });
  await add('stakeholder', { name: 'Ministry of Labour', category: 'ministryAgency', influence: 5, interest: 4, position: 'supportive' });
  await add('stakeholder', { name: 'Diaspora federation', category: 'migrantDiasporaAssociation', influence: 2, interest: 5, position: 'opposed', engagement: 'keepSatisfied' });
  await add('gap', { area: 'laws', gap: 'No law on recruitment fees', evidenceIds: [evidence] });
  const objective = await add('objective', { title: 'Protect migrant workers abroad', pillar: 'Protection', status: 'agreed' });
  await add('option', { objectiveId: objective, title: 'Bilateral labour agreements', scores: { Cost: 4, Mandate: 5 }, preferred: true, feasibility: 'high' });
  await add('option', { objectiveId: objective, title: 'Unilateral regulation', scores: { Cost: 2 }, preferred: false });
  await add('instrument', { objectiveId: objective, title: 'Recruitment licensing decree', type: 'regulatory', responsibleInstitution: 'Ministry of Labour', selected: true });
  const measure = await add('action', {
    objectiveId: objective,
    title: 'License recruitment agencies',
    responsibleInstitution: 'Labour inspectorate',
    start: '2027-01-01',
    end: '2028-12-31',
    indicator: 'Share of licensed agencies',
    baseline: '10%',
    target: '80%',
    resources: 'EUR 200,000',
    fundingSource: 'State budget',
    status: 'onTrack',
  });
  await add('action', { objectiveId: objective, level: 'activity', parentId: measure, title: 'Train inspectors', status: 'notStarted' });
  await add('glossary', { term: 'Circular migration', definition: 'Repeated legal movement between countries', variants: [{ language: 'fr', term: 'migration circulaire' }] });
  const session = await add('session', { title: 'Second plenary', date: '2026-10-02', format: 'plenary' });
  await add('decision', { date: '2026-11-20', decision: 'Adopt the logframe', category: 'adoption', sessionId: session });
  await add('decision', { date: '2026-09-01', decision: 'Start with labour migration', category: 'general' });
});
afterAll(() => server.close());

async function download(format: string, query = ''): Promise<Buffer> {
  const response = await fetch(`${server.url}/api/documents/${seeded.documentId}/export?format=${format}${query}`, { headers: { cookie: seeded.facilitator.cookie } });
  expect(response.status, await response.clone().text().then((t) => t.slice(0, 300))).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** What a reader sees of an HTML page: its text, tags (and the grid's drawing code) left out. */
const htmlText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');
/** The text of every part of a DOCX that Word shows: body, headers, footers. */
async function docxText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const parts = Object.keys(zip.files).filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name));
  const xml = (await Promise.all(parts.map((name) => zip.file(name)?.async('string') ?? Promise.resolve('')))).join(' ');
  return xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
}

/** Internal words that must never reach a reader: field names, enum keys, ids, raw values. */
function expectNothingInternal(text: string): void {
  const fieldNames = new Set(Object.values(MATRIX_FIELDS).flatMap((fields) => fields.map((f) => f.name)));
  // Field names and enum keys written in camelCase are code, never words of a document.
  for (const word of [...fieldNames, ...ENUM_VALUES].filter((w) => /[a-z][A-Z]/.test(w))) expect(text, word).not.toContain(word);
  for (const id of ids) expect(text, id).not.toContain(id);
  expect(text).not.toMatch(/\b(false|true|null|undefined|NaN)\b/);
  expect(text).not.toMatch(/[{[]\s*"/);
}

const ENGLISH = [
  'Annex A — Roadmap',
  'Validation workshop',
  '15 March 2027',
  'Evidence register',
  'Household survey',
  'Immigration flows: Partial',
  'Strengths',
  'Strong consular network',
  'Linked evidence: Labour force survey 2025',
  'Ministry or agency',
  'Migrant or diaspora association',
  'Manage closely',
  'Keep satisfied',
  'Supportive',
  'Protect migrant workers abroad',
  'Bilateral labour agreements',
  'Preferred option',
  'Criterion',
  'Recruitment licensing decree',
  'Regulatory',
  'License recruitment agencies',
  'Train inspectors',
  'Labour inspectorate',
  '1 January 2027 – 31 December 2028',
  'EUR 200,000 — State budget',
  'On track',
  'Circular migration',
  'fr: migration circulaire',
  'Second plenary',
  'Fatou Facilitator',
];

describe('annexes', () => {
  it('are readable in HTML: words, names and localized dates; SWOT quadrants and the grid as a picture', async () => {
    const html = (await download('html')).toString('utf8');
    const text = htmlText(html);
    for (const expected of ENGLISH) expect(text, expected).toContain(expected);
    expectNothingInternal(text);
    expect(html).toMatch(/<div class="swot">/);
    expect(html).toMatch(/<figure class="grid">.*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/s);
    expect(html).toContain('<span class="mark">Preferred option</span>');
    // The decision log is in date order, whatever the order of entry.
    expect(text.indexOf('Start with labour migration')).toBeLessThan(text.indexOf('Adopt the logframe'));
    // The measure comes before its activity, in the same logframe.
    expect(text.indexOf('License recruitment agencies')).toBeLessThan(text.indexOf('Train inspectors'));
  });

  it('are readable in Markdown', async () => {
    const markdown = (await download('md')).toString('utf8');
    for (const expected of ['Validation workshop', 'Household survey', 'Bilateral labour agreements — **Preferred option**', '**License recruitment agencies**', '↳ Train inspectors']) {
      expect(markdown, expected).toContain(expected);
    }
    expect(markdown).toMatch(/- \*\*Manage closely\*\*: Ministry of Labour \(Supportive\)/);
    expectNothingInternal(markdown);
  });

  it('in DOCX put wide annexes on landscape pages and the grid as an image', async () => {
    const docx = await download('docx');
    const zip = await JSZip.loadAsync(docx);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(Object.keys(zip.files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    const text = await docxText(docx);
    for (const expected of ENGLISH) expect(text, expected).toContain(expected);
    expectNothingInternal(text);
  });

  it('in PDF (through LibreOffice) say the same, and pages can be looked at', { timeout: 180_000 }, async () => {
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const pdf = await convertDocx(await download('docx'), 'pdf', undefined);
    const text = pdfText(pdf);
    for (const expected of ['Roadmap', 'Validation workshop', 'Household survey', 'Bilateral labour agreements', 'Train inspectors', 'Circular migration', 'Manage closely']) {
      expect(text, expected).toContain(expected);
    }
    expectNothingInternal(text);
    // Page images kept as artefacts, to be looked at as the recipient would.
    const shots = process.env['CADRE_EXPORT_SHOTS'];
    if (shots) {
      fs.mkdirSync(shots, { recursive: true });
      fs.writeFileSync(`${shots}/annexes.pdf`, pdf);
      execFileSync('pdftoppm', ['-png', '-r', '60', `${shots}/annexes.pdf`, `${shots}/annexes`]);
    }
  });

  it('follow the document’s language: French labels, values and dates', async () => {
    await seeded.facilitator.call(documents.setLanguage, { params: { id: seeded.documentId }, body: { language: 'fr' } });
    try {
      const text = htmlText((await download('html')).toString('utf8'));
      for (const expected of ['Feuille de route', '15 mars 2027', 'Forces', 'Registre des données', 'Option privilégiée', 'Plan d’action', 'Calendrier', 'Glossaire']) {
        expect(text, expected).toContain(expected);
      }
      expect(text).not.toContain('Preferred option');
      expect(text).not.toContain('Household survey');
      expectNothingInternal(text);
    } finally {
      await seeded.facilitator.call(documents.setLanguage, { params: { id: seeded.documentId }, body: { language: null } });
    }
  });

  it('of a version resolve references from the version’s own items', async () => {
    const version = await seeded.facilitator.call(versions.create, { params: { id: seeded.documentId }, body: { name: 'Committee draft' } });
    const text = htmlText((await download('html', `&version=${version.id}`)).toString('utf8'));
    expect(text).toContain('Linked evidence: Labour force survey 2025');
    expect(text).toContain('Protect migrant workers abroad');
    expectNothingInternal(text);
  });
});
