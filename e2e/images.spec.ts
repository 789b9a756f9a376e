import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { pngImage, svgWithScript } from '../server/testing/images.ts';
import { seriousViolations } from './support/accessibility.ts';
import { callViaApi, joinViaApi, seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

// The PDF comes from LibreOffice (a few seconds on two shared cores).
test.setTimeout(180_000);

/** Pastes a file into the editor as a browser does when one copies an image file. */
async function pasteFile(page: Page, bytes: Buffer, name: string, type: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Document text' }).evaluate(
    (element, file) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { bytes: [...bytes], name, type },
  );
}

/** Drops a file at the end of the document's first paragraph, as dragging it from the desktop does. */
async function dropFile(page: Page, bytes: Buffer, name: string, type: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Document text' }).evaluate(
    (element, file) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      const target = element.querySelector('p') ?? element;
      const box = target.getBoundingClientRect();
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, clientX: box.right - 2, clientY: box.bottom - 4 }));
    },
    { bytes: [...bytes], name, type },
  );
}

test('an image pasted or inserted is described, seen live by another member and exported to PDF', async ({ browser }, testInfo) => {
  const facilitatorContext = await browser.newContext();
  const observerContext = await browser.newContext();
  try {
    const { workspace, doc } = await seedDocument(facilitatorContext, 'Fatou Facilitator', 'Border management policy');
    await joinViaApi(facilitatorContext, observerContext, workspace.id, 'Omar Observer', 'observer');
    const page = await facilitatorContext.newPage();
    await EditorPage.prepare(page);
    const editor = new EditorPage(page);
    await editor.open(doc.id);
    const observerPage = await observerContext.newPage();
    await EditorPage.prepare(observerPage);
    const observer = new EditorPage(observerPage);
    await observerPage.goto(`/d/${doc.id}`);
    await expect(observer.body).toBeVisible();
    await editor.focusEnd();
    await page.keyboard.type('The twelve border posts are shown below.');
    await page.keyboard.press('Enter');

    // Pasted: a PNG named and declared as anything, the server reads its bytes.
    await pasteFile(page, pngImage(480, 270, [30, 110, 170]), 'map.png', 'image/png');
    const images = editor.body.locator('figure.document-image');
    await expect(images).toHaveCount(1);
    const description = images.first().getByRole('textbox', { name: 'Image description' });
    await description.fill('Map of the twelve border posts');
    await description.press('Enter');
    await expect(editor.status).toHaveText('Saved');
    await page.screenshot({ path: testInfo.outputPath('image-described-1280.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Inserted from the toolbar's file chooser.
    await editor.focusEnd();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), editor.button('Insert image').click()]);
    await chooser.setFiles({ name: 'organigram.png', mimeType: 'image/png', buffer: pngImage(200, 120, [180, 60, 20]) });
    await expect(images).toHaveCount(2);
    await expect(editor.status).toHaveText('Saved');

    // Dropped from the desktop at the end of the first paragraph: it goes right after it.
    await dropFile(page, pngImage(100, 100, [90, 90, 90]), 'seal.png', 'image/png');
    await expect(images).toHaveCount(3);
    await expect(editor.status).toHaveText('Saved');

    // An SVG is refused, whatever the browser says it is, and the reason is shown.
    await pasteFile(page, svgWithScript(), 'logo.png', 'image/png');
    await expect(page.getByRole('alert').filter({ hasText: 'This file is not an image Cadre can show' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('image-refused-1280.png') });
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'This file is not an image Cadre can show' })).toHaveCount(0);
    await expect(images).toHaveCount(3);

    // The observer, there all along, saw the images arrive, the first with its description, and cannot edit it.
    const shown = observer.body.getByRole('img', { name: 'Map of the twelve border posts' });
    await expect(shown).toBeVisible();
    await expect.poll(() => shown.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(480);
    await expect(observer.body.locator('figure.document-image')).toHaveCount(3);
    await expect(observer.body.getByRole('textbox', { name: 'Image description' })).toHaveCount(0);
    await observerPage.screenshot({ path: testInfo.outputPath('image-observer-1280.png') });

    // On a phone the image fits the width, its description field too.
    await page.setViewportSize({ width: 390, height: 844 });
    await images.first().scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('image-described-390.png') });
    await page.setViewportSize({ width: 1280, height: 860 });

    // The PDF export holds the three images, in the document's order.
    const response = await page.request.get(`/api/documents/${doc.id}/export?format=pdf`, { timeout: 120_000 });
    expect(response.status()).toBe(200);
    const pdfPath = testInfo.outputPath('images.pdf');
    (await import('node:fs')).writeFileSync(pdfPath, await response.body());
    const list = execFileSync('pdfimages', ['-list', pdfPath], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(list.map((line) => line.trim().split(/\s+/).slice(3, 5).join('×'))).toEqual(['100×100', '480×270', '200×120']);

    // A named version keeps its images: its read-only view shows them.
    await callViaApi(facilitatorContext, contract.versions.create, { params: { id: doc.id }, body: { name: 'With the map' } });
    await page.getByRole('button', { name: 'Versions' }).click();
    await page.getByRole('button', { name: 'Open “With the map” read-only' }).click();
    const kept = page.locator('.pm-readonly').getByRole('img', { name: 'Map of the twelve border posts' });
    await expect(kept).toBeVisible();
    await expect.poll(() => kept.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(480);
    await page.screenshot({ path: testInfo.outputPath('image-version-1280.png') });
  } finally {
    await facilitatorContext.close();
    await observerContext.close();
  }
});
