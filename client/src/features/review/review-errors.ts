import { ApiRequestError } from '../../lib/api/http.ts';
import type { I18n } from '../../lib/i18n/i18n.svelte.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import { describeError } from '../documents/describe-error.ts';

/** Refusals of review actions that the reader can act on, in their own words. */
const EXPLAINED: Readonly<Record<string, MessageKey>> = {
  text_changed: 'review.error.textChanged',
  invalid_mention: 'review.error.invalidMention',
};

/** What went wrong with a review action, in the reader's language. */
export function describeReviewError(failure: unknown, t: I18n['t']): string {
  const key = failure instanceof ApiRequestError ? EXPLAINED[failure.code] : undefined;
  return key ? t(key) : describeError(failure, t);
}
