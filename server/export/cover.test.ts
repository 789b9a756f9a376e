import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentsEndpoints as documents } from '../../shared/api/documents.ts';
import { validationEndpoints as validation } from '../../shared/api/validation.ts';
import type { CadreServer } from '../server.ts';
import type { ApiClient } from '../testing/api-client.ts';
import { addMember, seedWorkspace, startTestServer } from '../testing/test-server.ts';
import { replaceDocContent } from '../versions/doc-replace.ts';
import { fixtureDocument } from '../versions/fixtures.ts';
import { pdfText, requireProgram } from './test-helpers.ts';

/**
 * The cover tells the truth in every state of a three-step ladder, in HTML and in the PDF
 * LibreOffice makes; page images go to /tmp/shots (or CADRE_EXPORT_SHOTS) for a person to look at.
 */
const SHOTS = process.env['CADRE_EXPORT_SHOTS'] ?? '/tmp/shots';
const STEPS = ['Core group', 'Steering committee', 'Council of ministers'];

let server: CadreServer;
let facilitator: ApiClient;
let chair: ApiClient;
let documentId: string;
beforeAll(async () => {
  server = await startTestServer();
  const seeded = await seedWorkspace(server.url);
  ({ facilitator, documentId } = seeded);
  await facilitator.expect(200, 'PATCH', `/api/workspaces/${seeded.workspaceId}`, { leadInstitution: 'Ministry of Interior' });
  await facilitator.call(validation.replaceSteps, {
    params: { id: seeded.workspaceId },
    body: { steps: STEPS.map((name) => ({ name, signerRole: 'chair' as const })) },
  });
  chair = (await addMember(server, seeded.workspaceId, 'chair', 'Amina Chair')).client;
  await server.services.collab.change(documentId, (doc) => replaceDocContent(doc, fixtureDocument()));
});
afterAll(() => server.close());

async function download(format: string, version?: string): Promise<Response> {
  const query = `format=${format}${version ? `&version=${version}` : ''}`;
  return fetch(`${server.url}/api/documents/${documentId}/export?${query}`, { headers: { cookie: facilitator.cookie } });
}
const html = async (version?: string) => (await download('html', version)).text();
const pdf = async (format = 'pdf', version?: string) => {
  const response = await download(format, version);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};
/** Each step's state as the HTML cover marks it, in order. */
const statesIn = (page: string) => [...page.matchAll(/data-step-status="(\w+)"/g)].map((m) => m[1]);

async function signNext(note: string): Promise<void> {
  const ladder = await chair.call(validation.ladder, { params: { id: documentId } });
  const step = ladder.steps[ladder.currentIndex];
  if (!step) throw new Error('every step is already signed');
  await chair.call(validation.sign, { params: { id: documentId, stepId: step.id }, body: { note } });
}

/** The first pages of a PDF as PNG images, for a person to look at. */
function keepShots(file: Buffer, name: string): void {
  requireProgram('pdftoppm', 'poppler-utils');
  fs.mkdirSync(SHOTS, { recursive: true });
  const input = path.join(SHOTS, `${name}.pdf`);
  fs.writeFileSync(input, file);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', input, path.join(SHOTS, name)]);
}

describe('the cover of an export', () => {
  it('shows one of three steps signed as a draft, with who signed, when and the reference', { timeout: 120_000 }, async () => {
    await signNext('Minutes CG-7');
    const page = await html();
    expect(statesIn(page)).toEqual(['signed', 'pending', 'pending']);
    expect(page).toContain('class="draft-mark"');
    expect(page).toContain('data-validated="false"');
    expect(page).toContain('Steps signed on this text: 1 of 3');
    expect(page).toContain('Amina Chair');
    expect(page).toContain('Minutes CG-7');
    expect(page).toContain('Migration policy');

    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const file = await pdf();
    keepShots(file, 'cover-1-of-3');
    const text = pdfText(file);
    expect(text).toContain('Draft — not validated');
    expect(text).not.toContain('Validated');
    expect(text).toMatch(/1\. Core group Signed Amina Chair .* Minutes CG-7/);
    // A long step name may wrap inside its cell, after the state on the same line.
    expect(text).toMatch(/2\. Steering (committee )?Pending/);
    expect(text).toMatch(/3\. Council of (ministers )?Pending/);
    expect(text).toContain('DRAFT');
    // The contents carry page numbers, and every page but the cover its number and the title.
    expect(text).toMatch(/Rationale and need ?\.{3,} ?3/);
    expect(text).toMatch(/Page 2 of \d+/);
    expect(text).toMatch(/Draft policy\s+DRAFT/);
  });

  it('is "Validated" only once every step is signed on this very version, which PDF/A then archives', { timeout: 180_000 }, async () => {
    expect((await download('pdfa')).status).toBe(409);
    await signNext('Committee decision 3/2026');
    await signNext('Decree 41/2026');
    const ladder = await chair.call(validation.ladder, { params: { id: documentId } });
    const version = ladder.steps[2]?.signature?.versionId;
    for (const page of [await html(), await html(version)]) {
      expect(statesIn(page)).toEqual(['signed', 'signed', 'signed']);
      expect(page).toContain('data-validated="true"');
      expect(page).not.toContain('class="draft-mark"');
    }
    // The live text signed at every step is not called a draft.
    expect(await html()).toContain('Validated text');
    expect(await html()).not.toContain('Current draft');
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const archive = await pdf('pdfa', version);
    keepShots(archive, 'cover-validated');
    const text = pdfText(archive);
    expect(text).toContain('Validated Every validation step is signed on this very version.');
    expect(pdfText(await pdf('pdfa'))).toMatch(/Version:? Validated text/);
    expect(text).toContain('Decree 41/2026');
    expect(text).not.toContain('DRAFT');
    // PDF/A-2 declares itself in the document's XMP metadata.
    expect(archive.toString('latin1')).toMatch(/pdfaid:part(>|=")2/);
  });

  it('says "needs re-validation" for every step once the text is edited, and goes back to draft', { timeout: 120_000 }, async () => {
    await server.services.collab.change(documentId, (doc) =>
      replaceDocContent(doc, { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Rationale, amended' }] }] }),
    );
    const page = await html();
    expect(statesIn(page)).toEqual(['needsRevalidation', 'needsRevalidation', 'needsRevalidation']);
    expect(page).toContain('class="draft-mark"');
    expect(page).toContain('Steps signed on this text: 0 of 3 — the text was edited after some steps were signed');
    // Who signed the earlier text is still said.
    expect(page).toContain('Decree 41/2026');
    expect((await download('pdfa')).status).toBe(409);

    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const file = await pdf();
    keepShots(file, 'cover-edited');
    const text = pdfText(file);
    expect(text).toMatch(/1\. Core group Needs re-validation Amina Chair/);
    expect(text).toContain('Draft — not validated');
  });

  it('labels and dates a French document in French, in an English workspace', { timeout: 120_000 }, async () => {
    const detail = await facilitator.call(documents.setLanguage, { params: { id: documentId }, body: { language: 'fr' } });
    expect(detail.language).toBe('fr');
    const page = await html();
    expect(page).toContain('<html lang="fr"');
    for (const label of ['Institution chef de file', 'Espace de travail', 'Étapes de validation', 'À revalider', 'Projet — non validé', 'Table des matières']) {
      expect(page).toContain(label);
    }
    expect(page).toMatch(/\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);
    expect(page).not.toContain('Lead institution');

    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const file = await pdf();
    keepShots(file, 'cover-french');
    const text = pdfText(file);
    expect(text).toContain('Projet — non validé');
    expect(text).toContain('PROJET');
    expect(text).toMatch(/Page 2 sur \d+/);
    expect(text).not.toContain('Signed by');
  });
});
