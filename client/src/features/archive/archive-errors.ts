import { ApiRequestError } from '../../lib/api/http.ts';
import type { I18n } from '../../lib/i18n/i18n.svelte.ts';
import { describeError } from '../documents/describe-error.ts';

const ARCHIVE_CODES = ['workspace_archived', 'document_archived', 'item_archived', 'not_archived', 'lead_institution'] as const;
type ArchiveCode = (typeof ARCHIVE_CODES)[number];
const isArchiveCode = (code: string): code is ArchiveCode => (ARCHIVE_CODES as readonly string[]).includes(code);

/**
 * A sentence for a refusal because something is archived (a page opened before the workspace
 * was archived, say), else the general description of the error.
 */
export function describeArchiveError(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiRequestError && isArchiveCode(error.code)) return t(`archive.error.${error.code}`);
  return describeError(error, t);
}

/** `ConfirmDialog` shows the thrown error's message: throw one already in words. */
export async function translatingArchiveErrors(action: () => Promise<unknown>, t: I18n['t']): Promise<void> {
  try {
    await action();
  } catch (error) {
    throw new Error(describeArchiveError(error, t));
  }
}
