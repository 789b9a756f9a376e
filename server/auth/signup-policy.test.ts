import { describe, expect, it } from 'vitest';
import { passwordIsPersonal, signupBodySchema } from '../../shared/schemas/auth.ts';
import { isCommonPassword } from './common-passwords.ts';
import { isAtDomain, signupRefusal } from './signup-policy.ts';

describe('signupRefusal', () => {
  const noInvitation = () => Promise.resolve(false);
  const invited = () => Promise.resolve(true);
  it('applies each policy; an invitation opens both restricted modes', async () => {
    expect(await signupRefusal({ mode: 'open' }, 'a@example.org', noInvitation)).toBeNull();
    expect(await signupRefusal({ mode: 'invite' }, 'a@example.org', noInvitation)).toBe('invitation_required');
    expect(await signupRefusal({ mode: 'invite' }, 'a@example.org', invited)).toBeNull();
    expect(await signupRefusal({ mode: 'domains', domains: ['gov.cv'] }, 'a@example.org', noInvitation)).toBe('domain_not_allowed');
    expect(await signupRefusal({ mode: 'domains', domains: ['gov.cv'] }, 'a@example.org', invited)).toBeNull();
  });

  it('matches a domain and its subdomains, never a lookalike', () => {
    expect(isAtDomain('a@gov.cv', ['gov.cv'])).toBe(true);
    expect(isAtDomain('a@mj.gov.cv', ['gov.cv'])).toBe(true);
    expect(isAtDomain('a@evilgov.cv', ['gov.cv'])).toBe(false);
    expect(isAtDomain('a@gov.cv.example', ['gov.cv'])).toBe(false);
  });
});

describe('password rules', () => {
  it('refuses passwords that contain the email or its name part (of four letters or more)', () => {
    expect(passwordIsPersonal('Maria.Tavares!2026', 'maria.tavares@gov.cv')).toBe(true);
    expect(passwordIsPersonal('my address is jo@gov.cv', 'jo@gov.cv')).toBe(true);
    expect(passwordIsPersonal('jogging every morning', 'jo@gov.cv')).toBe(false);
    expect(passwordIsPersonal('river lantern copper', 'maria.tavares@gov.cv')).toBe(false);
    const parsed = signupBodySchema.safeParse({ email: 'maria.tavares@gov.cv', password: 'mariatavares-2026', name: 'Maria' });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['password', 'do not use your email address or its name part in your password'],
    ]);
  });

  it('knows the common passwords, also padded with digits and symbols, and trivial repetitions', async () => {
    for (const password of ['qwertyuiop', 'Password2024!', 'iloveyou12345', 'abababababab']) expect([password, await isCommonPassword(password)]).toEqual([password, true]);
    for (const password of ['correct horse battery', 'river lantern copper', 'Ministério 2026 plano']) expect([password, await isCommonPassword(password)]).toEqual([password, false]);
  });
});
