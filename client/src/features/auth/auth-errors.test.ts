import { describe, expect, it } from 'vitest';
import { signupBodySchema } from '../../../../shared/schemas/auth.ts';
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

  it('puts an existing email under the email field', () => {
    const error = new ApiRequestError(409, 'email_taken', 'exists', { email: ['exists'] });
    expect(describeAuthError(error, t).fields.email).toBe('An account with this email already exists. Sign in instead.');
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
