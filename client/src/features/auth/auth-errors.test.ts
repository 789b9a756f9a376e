import { describe, expect, it } from 'vitest';
import { fieldIssue } from '../../../../shared/schemas/field-issues.ts';
import { ApiRequestError } from '../../lib/api/http.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import { translate } from '../../lib/i18n/dictionaries.ts';
import type { MessageParams } from '../../lib/i18n/translate.ts';
import { describeAuthError, formatWait } from './auth-errors.ts';

const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

describe('describeAuthError', () => {
  it('explains a wrong password without blaming a field', () => {
    const problem = describeAuthError(new ApiRequestError(401, 'wrong_credentials', 'wrong email or password'), t);
    expect(problem).toEqual({ message: 'Wrong email or password.', fields: {} });
  });

  it('says how long to wait when rate limited, from Retry-After', () => {
    const error = new ApiRequestError(429, 'rate_limited', 'too many', undefined, 125);
    expect(describeAuthError(error, t).message).toBe('Too many attempts. Wait 3 minutes and try again.');
    expect(formatWait(20, t)).toBe('20 seconds');
  });

  it('refuses a sign-up without saying whether the address has an account', () => {
    const error = new ApiRequestError(409, 'signup_not_possible', 'could not');
    expect(describeAuthError(error, t)).toEqual({
      message: 'An account could not be created with these details. If you already have an account, sign in or reset your password.',
      fields: {},
    });
  });

  it('explains the sign-up policy, naming the accepted domains, and marks the email field', () => {
    expect(describeAuthError(new ApiRequestError(403, 'signup_invitation_required', 'invite only'), t).message).toMatch(/^Accounts on this server are created by invitation only/);
    const refusal = { email: [fieldIssue('domainNotAllowed', 'use an address at one of the domains')] };
    const domains = describeAuthError(new ApiRequestError(403, 'signup_domain_not_allowed', 'domains', refusal), t, 'gov.cv or mj.gov.cv');
    expect(domains).toEqual({
      message: 'Accounts on this server are for addresses at gov.cv or mj.gov.cv. Use your work address, or ask to be invited.',
      fields: refusal,
    });
  });

  it('tells a disabled or unconfirmed account apart from wrong credentials', () => {
    expect(describeAuthError(new ApiRequestError(403, 'account_disabled', 'disabled'), t).message).toBe(
      'This account has been disabled. Contact the administrator of this server.',
    );
    expect(describeAuthError(new ApiRequestError(403, 'email_unconfirmed', 'confirm'), t).message).toMatch(/^Confirm your address first/);
  });

  it('passes the server’s field issues on to the form, with no sentence above it', () => {
    const fields = { password: [fieldIssue('passwordCommon', 'this password is among the most common ones: choose another')] };
    expect(describeAuthError(new ApiRequestError(400, 'invalid_request', 'bad', fields), t)).toEqual({ message: null, fields });
  });
});
