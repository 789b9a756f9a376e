import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { seriousViolations } from './support/accessibility.ts';
import { callViaApi, signUpViaApi, uniqueEmail } from './support/api.ts';

// Screenshots of the journey, for a person to look at (not compared by the test).
const SHOTS = process.env['CADRE_E2E_SHOTS'] ?? 'test-results/arabic';

test.setTimeout(120_000);

/** Which side of its box a block's text starts from: right for a right-to-left paragraph. */
function sideOf(block: Locator): Promise<'left' | 'right'> {
  return block.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = range.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    return text.left - box.left <= box.right - text.right ? 'left' : 'right';
  });
}

async function look(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  expect(await seriousViolations(page), name).toEqual([]);
}

test('an Arabic-speaking team works right to left, French paragraphs included, and exports in Arabic', async ({ browser }) => {
  const context = await browser.newContext();
  await signUpViaApi(context, 'أمل الميسِّرة', uniqueEmail('amal'));
  const workspace = await callViaApi(context, contract.workspaces.create, {
    body: { title: 'السياسة الوطنية للهجرة', leadInstitution: 'وزارة الداخلية', language: 'ar' },
  });
  const doc = await callViaApi(context, contract.documents.create, { params: { id: workspace.id }, body: { title: 'مسودة السياسة' } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (window.localStorage.getItem('cadre.locale') === null) window.localStorage.setItem('cadre.locale', 'en');
  });

  // The language select names each language in itself.
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ label: 'العربية' });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { name: 'مساحات عملك' })).toBeVisible();
  await look(page, 'ar-workspaces');

  // The workspace home, the stage in Arabic numbering of the guide's own words.
  await page.goto(`/w/${workspace.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'السياسة الوطنية للهجرة' })).toBeVisible();
  await expect(page.getByText('التكليف وتحديد النطاق').first()).toBeVisible();
  await look(page, 'ar-workspace-home');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/ar-workspace-home-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 860 });

  // The editor: each paragraph takes the direction of its own text.
  await page.goto(`/d/${doc.id}`);
  const body = page.getByRole('textbox', { name: 'نص الوثيقة' });
  await expect(body).toBeVisible();
  await expect(page.locator('[data-status]')).toHaveText('محفوظ');
  await expect(body).toBeEditable();
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('تلتزم الحكومة بنشر الخطة في شهر مارس.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Le ministère publiera le plan en mars.');
  const arabic = body.locator('p', { hasText: 'تلتزم الحكومة' });
  const french = body.locator('p', { hasText: 'Le ministère' });
  expect(await sideOf(arabic)).toBe('right');
  expect(await sideOf(french)).toBe('left');
  await expect(french).not.toHaveAttribute('dir');

  // The toolbar sets the direction of the paragraph holding the caret, and takes it back.
  const toolbar = page.getByRole('toolbar', { name: 'التنسيق' });
  const rightToLeft = toolbar.getByRole('button', { name: 'اتجاه النص: من اليمين إلى اليسار' });
  const automatic = toolbar.getByRole('button', { name: 'اتجاه النص: تلقائي' });
  await expect(automatic).toHaveAttribute('aria-pressed', 'true');
  await rightToLeft.click();
  await expect(french).toHaveAttribute('dir', 'rtl');
  await expect(rightToLeft).toHaveAttribute('aria-pressed', 'true');
  expect(await sideOf(french)).toBe('right');
  await automatic.click();
  await expect(french).not.toHaveAttribute('dir');
  expect(await sideOf(french)).toBe('left');
  await rightToLeft.click();
  await expect(french).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('[data-status]')).toHaveText('محفوظ');
  // Kept by the server: still there once the document is opened again.
  await page.reload();
  await expect(body.locator('p', { hasText: 'Le ministère' })).toHaveAttribute('dir', 'rtl');
  await look(page, 'ar-editor');

  // A matrix, its names and values in Arabic.
  await page.goto(`/w/${workspace.id}/matrices/swot`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('SWOT');
  await expect(page.getByRole('heading', { level: 2, name: 'نقاط القوة' })).toBeVisible();
  const strengths = page.getByTestId('swot-strengths');
  await strengths.getByRole('textbox', { name: 'نقطة جديدة في نقاط القوة' }).fill('فريق أساسي يضم خمس وزارات');
  await strengths.getByRole('button', { name: 'نقطة جديدة في نقاط القوة' }).click();
  await expect(strengths.getByText('فريق أساسي يضم خمس وزارات', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /العودة إلى مساحة العمل|السياسة الوطنية للهجرة/ })).toContainText('→');
  await look(page, 'ar-matrix-swot');

  // The export: labels in Arabic, laid out right to left, the writer's direction kept.
  await page.goto(`/d/${doc.id}`);
  await expect(page.locator('[data-status]')).toHaveText('محفوظ');
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="html"]').click()]);
  const html = fs.readFileSync(await download.path(), 'utf8');
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html).toContain('مسودة — غير معتمدة');
  expect(html).toContain('المؤسسة الرائدة');
  expect(html).toContain('<p dir="rtl">Le ministère publiera le plan en mars.</p>');
  expect(html).toContain('<p>تلتزم الحكومة بنشر الخطة في شهر مارس.</p>');
  const exported = await context.newPage();
  await exported.setContent(html);
  await exported.screenshot({ path: `${SHOTS}/ar-export-html.png`, fullPage: true });
  await context.close();
});
