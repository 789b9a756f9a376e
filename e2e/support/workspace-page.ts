import { expect, type Locator, type Page } from '@playwright/test';
import { PASSWORD } from './api.ts';

/** What a user sees and does on `/w/<id>` and on an invitation link. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  memberRow(email: string): Locator {
    return this.page.getByTestId('member-row').and(this.page.locator(`[data-member="${email}"]`));
  }

  /** Opens the invite dialog, creates an invitation and returns the single-use link. */
  async invite(email: string, role: string, institution?: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Invite a member' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Invite a member' });
    await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
    await dialog.getByRole('radio', { name: new RegExp(`^${role} —`) }).check();
    if (institution) await dialog.getByRole('combobox', { name: 'Institution' }).selectOption({ label: institution });
    await dialog.getByRole('button', { name: 'Create the invitation link' }).click();
    const link = dialog.getByRole('textbox', { name: 'Single-use invitation link' });
    await expect(link).toHaveValue(/\/invite\//);
    return link.inputValue();
  }

  async closeDialog(): Promise<void> {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  /** On the invitation page, signed out: create the account inline and accept. */
  async acceptAsNewAccount(link: string, name: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.page.getByTestId('invitation-summary')).toBeVisible();
    await this.page.getByRole('button', { name: 'Create an account' }).click();
    await this.page.getByRole('textbox', { name: 'Your name' }).fill(name);
    await this.page.getByLabel('Password').fill(PASSWORD);
    await this.page.getByRole('button', { name: 'Create account' }).click();
    await this.page.getByRole('button', { name: 'Accept and open the workspace' }).click();
    await expect(this.page).toHaveURL(/\/w\/[A-Za-z0-9_-]{8,}$/);
  }
}
