import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { callViaApi, joinViaApi, seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

// PDF comes from LibreOffice (a few seconds each on two shared cores).
test.setTimeout(180_000);
const CONVERSION_MS = 90_000;

/** Opens an export menu and downloads one of its formats, waiting for the conversion. */
async function download(page: Page, menu: ReturnType<Page['getByTestId']>, format: string): Promise<Download> {
  await menu.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: CONVERSION_MS }), menu.locator(`a[data-format="${format}"]`).click()]);
  return file;
}

/** The text of a downloaded PDF as poppler reads it, whitespace collapsed. */
async function pdfText(file: Download): Promise<string> {
  const path = await file.path();
  expect(fs.readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('a document set to French in the breadcrumb exports a PDF labelled in French', async ({ browser }, testInfo) => {
  const context = await browser.newContext();
  try {
    const { doc } = await seedDocument(context, 'Fatou Facilitator', 'Politique de la diaspora');
    const page = await context.newPage();
    await EditorPage.prepare(page);
    const editor = new EditorPage(page);
    await editor.open(doc.id);
    await editor.focusEnd();
    // A heading, so that the contents list something (Markdown-style shortcut of the editor).
    await page.keyboard.type('## Objectifs');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Le ministère publiera le plan en mars.');
    await expect(editor.status).toHaveText('Saved');

    const language = page.getByLabel('Document language (labels and dates of its exports)');
    await expect(language).toHaveValue('');
    await language.selectOption({ label: 'French' });
    await expect(language).toBeEnabled();
    // The choice is the server's, not only the select's: it is still there after a reload.
    await page.reload();
    await expect(language).toHaveValue('fr');

    const file = await download(page, page.locator('body'), 'pdf');
    await file.saveAs(testInfo.outputPath('french.pdf'));
    const pdf = await pdfText(file);
    for (const label of ['PROJET', 'Projet — non validé', 'Espace de travail', 'Institution chef de file', 'Étapes de validation', 'Table des matières']) {
      expect(pdf, label).toContain(label);
    }
    expect(pdf).toContain('Le ministère publiera le plan en mars.');
    // The contents has the heading with its page number (the converter's macro updated it).
    expect(pdf).toMatch(/Table des matières.*Objectifs\W*\d/);
    expect(pdf).not.toContain('Contents');
    expect(pdf).not.toContain('DRAFT');
    // The select sits in the breadcrumb at desktop width and on a 390 px phone without sideways scrolling.
    await page.screenshot({ path: testInfo.outputPath('breadcrumb-language-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(language).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('breadcrumb-language-390.png') });
  } finally {
    await context.close();
  }
});

test('the archival PDF is offered once every step is signed, and downloads a PDF/A', async ({ browser }, testInfo) => {
  const facilitatorContext = await browser.newContext();
  const chairContext = await browser.newContext();
  try {
    const { workspace, doc } = await seedDocument(facilitatorContext, 'Fatou Facilitator', 'Diaspora engagement policy');
    await joinViaApi(facilitatorContext, chairContext, workspace.id, 'Charles Chair', 'chair');
    const ladder = await callViaApi(chairContext, contract.validation.ladder, { params: { id: doc.id } });
    const steps = ladder.steps.map((step) => step.id);
    expect(steps.length).toBeGreaterThan(1);
    // Every step but the last is signed through the API; the last one on the screen.
    for (const stepId of steps.slice(0, -1)) {
      await callViaApi(chairContext, contract.validation.sign, { params: { id: doc.id, stepId }, body: { note: 'Meeting minutes' } });
    }

    const page = await chairContext.newPage();
    await EditorPage.prepare(page);
    await page.goto(`/w/${workspace.id}`);
    const entry = page.getByTestId('ladder-document').filter({ hasText: 'Diaspora engagement policy' });
    const lastStep = entry.getByTestId('ladder-step').last();
    await expect(lastStep).toHaveAttribute('data-step-status', 'pending');
    await entry.getByTestId('export-menu').click();
    await expect(entry.locator('a[data-format="pdf"]')).toBeVisible();
    await expect(entry.locator('a[data-format="pdfa"]')).toHaveCount(0);
    await entry.getByTestId('export-menu').click();

    await lastStep.getByRole('button', { name: 'Sign', exact: true }).click();
    await lastStep.getByLabel('Meeting or decree reference').fill('Decree 12/2026');
    await lastStep.getByRole('button', { name: 'Sign and freeze this text' }).click();
    await expect(lastStep).toHaveAttribute('data-step-status', 'signed');
    await expect(entry.getByTestId('ladder-standing')).toHaveText('All validation steps signed');

    const archive = await download(page, entry, 'pdfa');
    expect(archive.suggestedFilename()).toBe('diaspora-engagement-policy-archive.pdf');
    await archive.saveAs(testInfo.outputPath('archive.pdf'));
    const text = await pdfText(archive);
    expect(text).toContain('Validated');
    expect(text).toContain('Decree 12/2026');
    expect(text).not.toContain('DRAFT');
    // PDF/A declares its conformance in the XMP metadata.
    expect(fs.readFileSync(await archive.path()).toString('latin1')).toMatch(/pdfaid:part(="|>)2/);
  } finally {
    await facilitatorContext.close();
    await chairContext.close();
  }
});
