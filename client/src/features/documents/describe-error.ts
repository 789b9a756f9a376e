import { ApiRequestError, NETWORK_ERROR } from '../../lib/api/http.ts';
import type { I18n } from '../../lib/i18n/i18n.svelte.ts';

/** A sentence for the user; server messages are shown as detail because they are English. */
export function describeError(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiRequestError && error.code === NETWORK_ERROR) return t('errors.network');
  const message = error instanceof Error ? error.message : String(error);
  return t('errors.generic', { message });
}
