import { contract } from '../shared/api/index.ts';
import { callViaApi, seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';
import { expect, test } from './support/fixtures.ts';
import { tabTo } from './support/keyboard.ts';

test('a drafter writes, comments and places a stakeholder with the keyboard alone', async ({ browser }) => {
  const context = await browser.newContext();
  try {
    const { workspace, doc } = await seedDocument(context, 'Kofi Keyboard', 'Language courses');
    await callViaApi(context, contract.matrices.create, {
      params: { id: workspace.id, kind: 'stakeholder' },
      body: { data: { name: 'National Statistics Office', category: 'ministryAgency', influence: 2, interest: 2 } },
    });
    const page = await context.newPage();
    await EditorPage.prepare(page);
    const editor = new EditorPage(page);
    await editor.open(doc.id);

    // Drafting: from the top of the page, Tab leads to the text; shortcuts format it.
    await tabTo(page, editor.body);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Every municipality offers language courses.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Free of charge');
    await page.keyboard.press('Control+b');
    await expect(editor.body.locator('strong')).toHaveText('Free of charge');
    await expect(editor.status).toHaveText('Saved');

    // Commenting: select the first sentence, reach "Comment", write, post.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    const panel = page.getByRole('region', { name: 'Review' });
    await expect(panel.getByTestId('review-selection')).toHaveText('Selected: “Every municipality offers language courses.”');
    await tabTo(page, panel.getByRole('button', { name: 'Comment', exact: true }));
    await page.keyboard.press('Enter');
    const comment = panel.getByLabel(/Your comment/);
    await expect(comment, 'the focus follows into the comment form').toBeFocused();
    await page.keyboard.type('Which languages are offered?');
    await tabTo(page, panel.getByRole('button', { name: 'Post comment' }));
    await page.keyboard.press('Enter');
    await expect(panel.getByText('Which languages are offered?')).toBeVisible();
    await expect(editor.body.locator('.review-mark')).toHaveText('Every municipality offers language courses.');

    // The grid: the arrow keys move a stakeholder, and the focus stays on it all the way.
    await page.goto(`/w/${workspace.id}/matrices/stakeholder`);
    const chip = (influence: number, interest: number) =>
      page.getByRole('button', { name: new RegExp(`National Statistics Office, .*influence ${influence}, interest ${interest}`) });
    await tabTo(page, chip(2, 2));
    for (const [key, influence, interest] of [['ArrowUp', 3, 2], ['ArrowUp', 4, 2], ['ArrowRight', 4, 3], ['ArrowRight', 4, 4]] as const) {
      await page.keyboard.press(key);
      await expect(chip(influence, interest)).toBeFocused();
    }
    const row = page.getByTestId('matrix-table').locator('tr[data-item-id]');
    await expect(row.locator('td[data-field="influence"]')).toHaveText('4');
    await expect(row.locator('td[data-field="interest"]')).toHaveText('4');
    await expect(chip(4, 4)).toBeFocused();
  } finally {
    await context.close();
  }
});
