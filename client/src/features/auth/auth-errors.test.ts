import { describe, expect, it } from 'vitest';
import { PASSWORD_MESSAGES, signupBodySchema } from '../../../../shared/schemas/auth.ts';
import { ApiRequestError } from '../../lib/api/http.ts';
import { translate } from '../../lib/i18n/translate.ts';
import type { MessageKey } from '../../lib/i18n/en.ts';
import type { MessageParams } from '../../lib/i18n/translate.ts';
import { describeAuthError, formatWait, validateLocally } from './auth-errors.ts';

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

  it('explains the sign-up policy, naming the accepted domains under the email field', () => {
    expect(describeAuthError(new ApiRequestError(403, 'signup_invitation_required', 'invite only'), t).message).toMatch(/^Accounts on this server are created by invitation only/);
    const domains = describeAuthError(new ApiRequestError(403, 'signup_domain_not_allowed', 'domains', { email: ['x'] }), t, 'gov.cv or mj.gov.cv');
    expect(domains.fields.email).toBe('Accounts on this server are for addresses at gov.cv or mj.gov.cv. Use your work address, or ask to be invited.');
  });

  it('tells a disabled or unconfirmed account apart from wrong credentials', () => {
    expect(describeAuthError(new ApiRequestError(403, 'account_disabled', 'disabled'), t).message).toBe(
      'This account has been disabled. Contact the administrator of this server.',
    );
    expect(describeAuthError(new ApiRequestError(403, 'email_unconfirmed', 'confirm'), t).message).toMatch(/^Confirm your address first/);
  });

  it('names the password rule the server applied', () => {
    const common = new ApiRequestError(400, 'invalid_request', 'bad', { password: [PASSWORD_MESSAGES.common] });
    expect(describeAuthError(common, t).fields.password).toBe('This password is among the most common ones. Choose one that is harder to guess.');
    const personal = validateLocally(signupBodySchema, { email: 'maria.tavares@gov.cv', password: 'MariaTavares2026', name: 'Maria' }, t);
    expect(personal?.fields.password).toBe('Do not use your email address, or the part before the @, in your password.');
  });

  it('translates server field errors by field name', () => {
    const error = new ApiRequestError(400, 'invalid_request', 'bad', { password: ['use at least 10 characters'] });
    expect(describeAuthError(error, t).fields).toEqual({ password: 'Use between 10 and 200 characters.' });
  });
});

describe('validateLocally', () => {
  it('reports every invalid field of a sign-up before sending it', () => {
    const problem = validateLocally(signupBodySchema, { email: 'nope', password: 'short', name: ' ' }, t);
    expect(Object.keys(problem?.fields ?? {}).sort()).toEqual(['email', 'name', 'password']);
  });

  it('accepts a valid sign-up', () => {
    expect(validateLocally(signupBodySchema, { email: 'a@b.org', password: '0123456789', name: 'Ana' }, t)).toBeNull();
  });
});
