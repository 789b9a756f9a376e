import type { Browser, Locator, Page, TestInfo } from '@playwright/test';
import { seriousViolations } from './support/accessibility.ts';
import { expect, test } from './support/fixtures.ts';
import { contract } from '../shared/api/index.ts';
import { callViaApi, joinViaApi, seedDocument } from './support/api.ts';
import { EditorPage } from './support/editor-page.ts';

/** Keeps a screenshot of `target` with the test's artefacts. */
async function keepShot(testInfo: TestInfo, target: Locator, name: string): Promise<void> {
  const body = await target.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

/** Switches the interface language from the top bar, as a person would. */
async function chooseLanguage(page: Page, language: 'en' | 'fr'): Promise<void> {
  await page.getByRole('combobox', { name: /^(Language|Langue)$/ }).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Sets the browser's selection on `word` inside the editor, as dragging over it would. */
async function setSelection(page: Page, word: string): Promise<void> {
  await page.evaluate((target) => {
    const root = document.querySelector('.ProseMirror');
    if (!root) throw new Error('no editor');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error(`"${target}" is not in the document`);
  }, word);
}

/**
 * Selects `word` and waits until the review panel has taken it. The editor reads the browser's
 * selection asynchronously, and a redraw in between (a thread arriving live) puts its own
 * selection back: a person would select again, and so does this, until a deadline.
 */
async function selectWord(page: Page, word: string): Promise<void> {
  const shown = page.getByTestId('review-selection');
  await expect(async () => {
    await setSelection(page, word);
    await expect(shown).toHaveText(`Selected: “${word}”`, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * A drafter who has typed `sentence` into a new document of their workspace, and an expert of
 * that workspace reading it: the start of every review journey.
 */
async function draftedForReview(browser: Browser, title: string, sentence: string) {
  const drafterContext = await browser.newContext();
  const expertContext = await browser.newContext();
  const close = async (): Promise<void> => {
    await drafterContext.close();
    await expertContext.close();
  };
  try {
    const { doc, workspace } = await seedDocument(drafterContext, 'Dario Drafter', title);
    await joinViaApi(drafterContext, expertContext, workspace.id, 'Elena Expert', 'expert');
    const drafterPage = await drafterContext.newPage();
    const expertPage = await expertContext.newPage();
    await EditorPage.prepare(drafterPage);
    await EditorPage.prepare(expertPage);
    const drafter = new EditorPage(drafterPage);
    const expert = new EditorPage(expertPage);
    await drafter.open(doc.id);
    await drafter.focusEnd();
    await drafterPage.keyboard.type(sentence);
    await expect(drafter.status).toHaveText('Saved');
    await expertPage.goto(`/d/${doc.id}`);
    await expect(expert.body).toContainText(sentence.slice(0, 20));
    return { doc, workspace, drafterContext, drafterPage, expertPage, drafter, expert, close };
  } catch (error) {
    await close();
    throw error;
  }
}

test('an expert comments and suggests; the drafter replies and accepts; the expert is told', async ({ browser }, testInfo) => {
  const pair = await draftedForReview(browser, 'Integration plan — review', 'Migrants have access to basic services in every municipality.');
  const { drafterPage, expertPage, drafter, expert } = pair;
  try {
    await expect(expertPage.getByTestId('read-only-notice')).toBeVisible();
    const expertPanel = expertPage.getByRole('region', { name: 'Review' });

    // A question with a mention, then a suggested change, both on selected text.
    await selectWord(expertPage, 'every municipality');
    await expertPanel.getByRole('button', { name: 'Comment', exact: true }).click();
    await expertPanel.getByLabel('Kind of comment').selectOption('question');
    await expertPanel.getByLabel(/Your comment/).fill('@Dario Drafter does this include the islands?');
    await expertPanel.getByRole('button', { name: 'Post comment' }).click();
    await expect(expertPanel.getByText('does this include the islands?')).toBeVisible();

    await selectWord(expertPage, 'basic');
    await expertPanel.getByRole('button', { name: 'Suggest', exact: true }).click();
    await expertPanel.getByLabel('Replace with').fill('essential public');
    await expertPanel.getByLabel('Reason (optional)').fill('Matches the wording of the framework law');
    await expertPanel.getByRole('button', { name: 'Propose change' }).click();
    // Shown inline as a preview only: struck-through text and the proposed insertion.
    await expect(expert.body.locator('.review-del')).toHaveText('basic');
    await expect(expert.body.locator('.review-ins')).toHaveText('essential public');

    // The drafter sees both live, and the mention in the inbox.
    const drafterPanel = drafterPage.getByRole('region', { name: 'Review' });
    await expect(drafterPanel.getByText('does this include the islands?')).toBeVisible();
    await expect(drafterPanel.getByText('Matches the wording of the framework law')).toBeVisible();
    await expect(drafterPage.getByTestId('notification-count')).toHaveText('1');
    const shot = await drafterPage.locator('body').screenshot({ path: testInfo.outputPath('review-panel-drafter.png') });
    await testInfo.attach('review panel (drafter)', { body: shot, contentType: 'image/png' });

    const question = drafterPanel.getByRole('article', { name: /every municipality/ });
    await question.getByRole('button', { name: /Question/ }).click();
    await question.getByLabel('Reply to this thread').fill('Yes, the islands are included.');
    await question.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect(expertPanel.getByText('Yes, the islands are included.')).toBeVisible();

    const suggestion = drafterPanel.getByRole('article', { name: /basic/ });
    await suggestion.getByRole('button', { name: /Suggested change/ }).click();
    await suggestion.getByRole('button', { name: 'Accept' }).click();
    await expect(drafter.body).toContainText('access to essential public services');

    // The expert sees the accepted text, and a notification for the reply and the decision.
    await expect(expert.body).toContainText('access to essential public services');
    await expect(expert.body.locator('.review-del')).toHaveCount(0);
    await expect(expertPage.getByTestId('notification-count')).toHaveText('2');
    await expertPanel.getByLabel('Status').selectOption('all');
    await expect(expertPanel.getByText('Accepted by Dario Drafter')).toBeVisible();
    // A resolved thread is still read: its text keeps its contrast (it was faded once).
    expect(await seriousViolations(expertPage)).toEqual([]);
    await expertPage.getByTestId('notification-bell').click();
    const inbox = expertPage.getByRole('dialog', { name: 'Notifications' });
    await expect(inbox.getByText('Dario Drafter replied')).toBeVisible();
    // The decision says what became of the suggestion.
    await expect(inbox.getByText('Dario Drafter accepted your suggestion')).toBeVisible();
    const expertShot = await expertPage.locator('body').screenshot({ path: testInfo.outputPath('review-panel-expert.png') });
    await testInfo.attach('review panel (expert)', { body: expertShot, contentType: 'image/png' });
    await keepShot(testInfo, inbox, 'decided-suggestion-notification-en');

    await expertPage.getByTestId('notification-bell').click();
    await chooseLanguage(expertPage, 'fr');
    await expertPage.getByTestId('notification-bell').click();
    const boite = expertPage.getByRole('dialog', { name: 'Notifications' });
    await expect(boite.getByText('Dario Drafter a accepté votre proposition de modification')).toBeVisible();
    await keepShot(testInfo, boite, 'decided-suggestion-notification-fr');
  } finally {
    await pair.close();
  }
});

test('the outline counts the open threads of each section, and keeps them while the drafter types', async ({ browser }) => {
  const pair = await draftedForReview(browser, 'Integration plan — sections', 'Migrants have access to basic services.');
  const { drafterPage, expertPage, drafter, expert } = pair;
  try {
    // A section of its own, its heading typed as Markdown.
    await drafterPage.keyboard.press('Enter');
    await drafterPage.keyboard.type('## Health');
    await drafterPage.keyboard.press('Enter');
    await drafterPage.keyboard.type('Clinics open on Saturdays.');
    await expect(drafter.status).toHaveText('Saved');
    await expect(expert.body).toContainText('Clinics open on Saturdays.');

    const expertPanel = expertPage.getByRole('region', { name: 'Review' });
    await selectWord(expertPage, 'Saturdays');
    await expertPanel.getByRole('button', { name: 'Comment', exact: true }).click();
    await expertPanel.getByLabel(/Your comment/).fill('Which clinics?');
    await expertPanel.getByRole('button', { name: 'Post comment' }).click();

    const outline = drafterPage.getByRole('navigation', { name: 'Document outline' });
    const healthEntry = outline.getByRole('button', { name: /Health/ });
    await expect(healthEntry.getByLabel('1 open thread in this section')).toBeVisible();
    // Typing moves every position after the caret; the count stays with its section.
    await drafter.focusEnd();
    await drafterPage.keyboard.type(' And on Sundays.');
    await expect(drafter.status).toHaveText('Saved');
    await expect(healthEntry.getByLabel('1 open thread in this section')).toBeVisible();
  } finally {
    await pair.close();
  }
});

test('the inbox counts a mention on every page, not only in the editor', async ({ browser }) => {
  const pair = await draftedForReview(browser, 'Integration plan — inbox', 'Every municipality offers language courses.');
  const { drafterPage, expertPage } = pair;
  try {
    // The drafter is back on the list of workspaces, far from any document or workspace stream.
    await drafterPage.goto('/');
    await expect(drafterPage.getByTestId('notification-bell')).toBeVisible();
    await expect(drafterPage.getByTestId('notification-count')).toHaveCount(0);

    const expertPanel = expertPage.getByRole('region', { name: 'Review' });
    await selectWord(expertPage, 'language courses');
    await expertPanel.getByRole('button', { name: 'Comment', exact: true }).click();
    await expertPanel.getByLabel(/Your comment/).fill('@Dario Drafter which languages?');
    await expertPanel.getByRole('button', { name: 'Post comment' }).click();
    await expect(expertPanel.getByText('which languages?')).toBeVisible();

    // Told live on the person's own stream: no reload, no polling.
    await expect(drafterPage.getByTestId('notification-count')).toHaveText('1');
  } finally {
    await pair.close();
  }
});

test('a mention completed with the keyboard notifies the member', async ({ browser }, testInfo) => {
  const pair = await draftedForReview(browser, 'Integration plan — mentions', 'Every municipality offers language courses.');
  const { workspace, drafterContext, drafterPage, expertPage } = pair;
  const observerContext = await browser.newContext();
  try {
    await joinViaApi(drafterContext, observerContext, workspace.id, 'Daniela Delegate', 'observer');
    const panel = expertPage.getByRole('region', { name: 'Review' });
    await selectWord(expertPage, 'language courses');
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();

    // Typing @ and two letters offers the members whose names match, the first highlighted.
    const box = panel.getByLabel('Your comment');
    await box.pressSequentially('@Da');
    const list = panel.getByRole('listbox', { name: 'Members to mention' });
    const options = list.getByRole('option');
    await expect(options).toHaveText(['Daniela Delegate', 'Dario Drafter']);
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id')) ?? 'no id');
    await expect(panel.getByText('2 members to mention.', { exact: false })).toHaveAttribute('aria-live', 'polite');
    await keepShot(testInfo, panel, 'mention-list-en');

    await box.press('ArrowDown');
    await expect(list.getByRole('option', { name: 'Dario Drafter' })).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? 'no id');
    await box.press('Enter');
    await expect(list).toBeHidden();
    await expect(box).toHaveValue('@Dario Drafter ');
    await box.pressSequentially('which languages?');
    await expect(panel.getByText('Will be notified:')).toContainText('@Dario Drafter');
    await keepShot(testInfo, panel, 'mention-chip-composer-en');
    await panel.getByRole('button', { name: 'Post comment' }).click();

    // The posted message shows the mention as a chip, not as its stored token.
    const thread = panel.getByRole('article', { name: /language courses/ });
    await expect(thread.getByText('which languages?')).toContainText('@Dario Drafter which languages?');
    await expect(thread.locator('.mention')).toHaveText('@Dario Drafter');
    await expect(thread).not.toContainText('user:');
    await keepShot(testInfo, thread, 'mention-chip-message-en');

    // Dario is told who mentioned him; Daniela, offered but not chosen, is not.
    await expect(drafterPage.getByTestId('notification-count')).toHaveText('1');
    await drafterPage.getByTestId('notification-bell').click();
    const inbox = drafterPage.getByRole('dialog', { name: 'Notifications' });
    await expect(inbox.getByText('Elena Expert mentioned you')).toBeVisible();
    await expect(inbox.getByText('@Dario Drafter which languages?')).toBeVisible();
    expect((await callViaApi(observerContext, contract.notifications.list, {})).unreadCount).toBe(0);

    // In French, and on a phone: the same list from a reply box; Escape closes it.
    await chooseLanguage(expertPage, 'fr');
    await expertPage.setViewportSize({ width: 390, height: 844 });
    const panneau = expertPage.getByRole('region', { name: 'Relecture' });
    const fil = panneau.getByRole('article', { name: /language courses/ });
    // The thread just posted is the open one, with its reply box.
    const reply = fil.getByLabel('Répondre à ce fil');
    await reply.pressSequentially('Merci @da');
    const liste = panneau.getByRole('listbox', { name: 'Membres à mentionner' });
    await expect(liste.getByRole('option')).toHaveText(['Daniela Delegate', 'Dario Drafter']);
    await expect(panneau.getByText('2 membres à mentionner.', { exact: false })).toBeAttached();
    await keepShot(testInfo, panneau, 'mention-list-fr-390');
    await reply.press('Escape');
    await expect(liste).toBeHidden();
    // Closed for that @ while it is typed on; a new @ offers the list again, and a click inserts.
    await reply.pressSequentially('n');
    await expect(liste).toBeHidden();
    await reply.fill('');
    await reply.pressSequentially('@Dan');
    await liste.getByRole('option', { name: 'Daniela Delegate' }).click();
    await expect(reply).toHaveValue('@Daniela Delegate ');
    await expect(fil.getByText('Seront prévenus :')).toContainText('@Daniela Delegate');
    await keepShot(testInfo, fil, 'mention-chip-composer-fr-390');
    await expertPage.setViewportSize({ width: 1280, height: 860 });
    await keepShot(testInfo, panneau, 'mention-chip-fr');
  } finally {
    await pair.close();
    await observerContext.close();
  }
});
