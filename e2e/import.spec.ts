import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { buildDocx, commented, paragraph, run } from '../server/import/fixtures/build-docx.ts';
import { seriousViolations } from './support/accessibility.ts';
import { createWorkspaceViaApi, signUpViaApi } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

/** A ministry's Word draft: two headings, a paragraph with a reviewer's comment on a figure. */
const draft = async () => ({
  name: 'Plan national de migration.docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  buffer: Buffer.from(
    await buildDocx({
      body: [
        paragraph(run('Context'), { style: 'Heading1' }),
        paragraph(run('Emigration ') + commented(1, run('rose by 12%')) + run(' between 2020 and 2025.')),
        paragraph(run('Objectives'), { style: 'Heading2' }),
        paragraph(run('Every returning migrant finds a job within a year.')),
      ].join(''),
      comments: [{ id: 1, author: 'Ana Lima', text: 'Which survey is this from?' }],
      // Word declares the styles it uses; mammoth reports the undeclared ones as not understood.
      extra: {
        'word/styles.xml':
          '<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>' +
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>',
      },
    }),
  ),
});
const notAWordFile = { name: 'minutes.docx', mimeType: 'text/plain', buffer: Buffer.from('Minutes of the meeting, typed as plain text.') };

/** The documents section only: the whole workspace page is too tall to judge the control. */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.getByRole('region', { name: 'Documents', exact: true }).screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** A facilitator on the documents list of a fresh workspace. */
async function onDocumentsList(page: Page, name: string) {
  await EditorPage.prepare(page);
  await signUpViaApi(page.context(), name);
  const workspace = await createWorkspaceViaApi(page.context(), `Migration policy of ${name}`);
  await page.goto(`/w/${workspace.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return workspace;
}

/**
 * Chooses `file` from the keyboard (Tab to the control, Space opens the file chooser) and
 * holds the upload until the screen shows it is under way, so that state can be looked at.
 */
async function importFromKeyboard(page: Page, file: Awaited<ReturnType<typeof draft>>, whileWorking: () => Promise<void>, focused?: () => Promise<void>): Promise<void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    '**/documents/import',
    async (route) => {
      await held;
      await route.continue();
    },
    { times: 1 },
  );
  await page.getByRole('button', { name: 'Create document' }).focus();
  await page.keyboard.press('Tab');
  const control = page.getByLabel('Import a Word document');
  await expect(control).toBeFocused();
  // The input is visually hidden: its visible label shows where the focus is.
  const button = page.locator('label[for="import-document-file"]');
  expect(await button.evaluate((label) => getComputedStyle(label).outlineStyle)).toBe('solid');
  await focused?.();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(file);
  await expect(page.getByRole('status').filter({ hasText: `Importing “${file.name}”` })).toBeVisible();
  await whileWorking();
  release();
}

test('a facilitator imports a Word draft, finds its comment as a thread and exports it to PDF', async ({ page }, testInfo) => {
  await onDocumentsList(page, 'Fatou Facilitator');
  await shot(page, testInfo, 'import-1280-list');

  await importFromKeyboard(
    page,
    await draft(),
    () => shot(page, testInfo, 'import-1280-working'),
    () => shot(page, testInfo, 'import-1280-focused'),
  );
  const report = page.getByRole('region', { name: '“Plan national de migration” was imported' });
  await expect(report).toBeVisible();
  await expect(report.getByRole('listitem')).toHaveText(['Headings: 2 kept', 'Paragraphs: 2 kept', 'Word comments (now review threads): 1 converted']);
  await expect(page.getByTestId('document-row').filter({ hasText: 'Plan national de migration' })).toBeVisible();
  await shot(page, testInfo, 'import-1280-report');
  expect(await seriousViolations(page)).toEqual([]);

  await report.getByRole('link', { name: 'Open “Plan national de migration”' }).click();
  const editor = new EditorPage(page);
  await expect(editor.status).toHaveText('Saved');
  await expect(editor.body.getByRole('heading', { level: 1 })).toHaveText('Context');
  await expect(editor.body.getByRole('heading', { level: 2 })).toHaveText('Objectives');
  const thread = page.getByRole('region', { name: 'Review' }).getByRole('article', { name: /rose by 12%/ });
  await expect(thread).toContainText('Ana Lima: Which survey is this from?');
  await expect(thread).toContainText('Fatou Facilitator');
  await page.screenshot({ path: testInfo.outputPath('import-1280-editor.png') });

  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="pdf"]').click()]);
  expect(download.suggestedFilename()).toBe('plan-national-de-migration.pdf');
  const pdf = await download.path();
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Every returning migrant finds a job within a year.');
});

for (const width of [1280, 390]) {
  test(`at ${width} px a file that is not a Word document is refused in words, then a draft imports`, async ({ page, pageAudit }, testInfo) => {
    await page.setViewportSize({ width, height: 844 });
    await onDocumentsList(page, 'Kofi Facilitator');
    // The workspace page is audited as it opens: once the import below scrolls it, the sticky top
    // bar covers part of the matrices' links, which axe would measure as targets cut short.
    await pageAudit.settle([page]);
    await shot(page, testInfo, `import-${width}-list`);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    await importFromKeyboard(page, notAWordFile, () => shot(page, testInfo, `import-${width}-working`));
    await expect(page.getByRole('alert')).toHaveText('“minutes.docx” is not a Word document that can be read. Choose a .docx, .odt or .doc file.');
    await expect(page.getByTestId('document-row')).toHaveCount(0);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(page, testInfo, `import-${width}-error`);

    await page.getByLabel('Import a Word document').setInputFiles(await draft());
    await expect(page.getByRole('region', { name: '“Plan national de migration” was imported' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(page, testInfo, `import-${width}-report`);
  });
}
