import { expect, type Locator, type Page } from '@playwright/test';

/** What a user sees and does on `/d/<id>`. */
export class EditorPage {
  readonly body: Locator;
  readonly status: Locator;
  readonly title: Locator;
  readonly toolbar: Locator;
  readonly presence: Locator;

  constructor(readonly page: Page) {
    this.body = page.getByRole('textbox', { name: 'Document text' });
    this.status = page.locator('[data-status]');
    this.title = page.getByRole('textbox', { name: 'Document title' });
    this.toolbar = page.getByRole('toolbar', { name: 'Formatting' });
    this.presence = page.getByRole('list', { name: 'People in this document' });
  }

  /** Picks English before the app first starts; later reloads keep the user's choice. */
  static async prepare(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const storage = window.localStorage;
      if (storage.getItem('cadre.locale') === null) storage.setItem('cadre.locale', 'en');
    });
  }

  async open(documentId: string): Promise<void> {
    await this.page.goto(`/d/${documentId}`);
    await expect(this.body).toBeVisible();
    await expect(this.status).toHaveText('Saved');
  }

  /**
   * Puts the caret at the very end of the document, once it is offered for typing (read-only
   * until the server has said this person may edit, as the bar above it tells).
   */
  async focusEnd(): Promise<void> {
    await expect(this.body).toBeEditable();
    await this.body.click();
    await this.page.keyboard.press('Control+End');
  }

  /**
   * The document's text as its reader reads it: without the other people's carets, whose name
   * labels sit inside the text (where a caret is drawn is checked on its own, by `caretLabel`).
   */
  async text(): Promise<string> {
    return this.body.evaluate((body) => {
      const copy = body.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('.collab-caret')) caret.remove();
      return copy.textContent ?? '';
    });
  }

  caretLabel(name: string): Locator {
    return this.body.locator('.collab-caret__label', { hasText: name });
  }

  button(name: string): Locator {
    return this.toolbar.getByRole('button', { name, exact: true });
  }
}
