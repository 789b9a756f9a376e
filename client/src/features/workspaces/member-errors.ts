import { ApiRequestError } from '../../lib/api/http.ts';
import type { I18n } from '../../lib/i18n/i18n.svelte.ts';
import { describeError } from '../documents/describe-error.ts';

/** Errors of the member and invitation routes, in the UI language where Cadre knows the code. */
export function describeMemberError(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiRequestError) {
    if (error.code === 'last_lead') return t('members.lastLead');
    if (error.code === 'already_member') return t('invite.alreadyMember');
    if (error.code === 'institution_exists') return t('institutions.exists');
  }
  return describeError(error, t);
}

/** ConfirmDialog shows the thrown error's message: throw one already translated. */
export async function translatingErrors(action: () => Promise<unknown>, t: I18n['t']): Promise<void> {
  try {
    await action();
  } catch (error) {
    throw new Error(describeMemberError(error, t));
  }
}
