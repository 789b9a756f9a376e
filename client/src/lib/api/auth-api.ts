import {
  meResponseSchema,
  publicSignupPolicySchema,
  signupResponseSchema,
  type Me,
} from '../../../../shared/schemas/auth.ts';
import type { z } from 'zod';
import { requestJson, requestVoid } from './http.ts';

export interface Credentials {
  email: string;
  password: string;
}

export type PublicSignupPolicy = z.infer<typeof publicSignupPolicySchema>;

/** Signed in at once, or (when the server confirms addresses by email) a link is on its way. */
export type SignUpOutcome = { kind: 'signedIn'; me: Me } | { kind: 'confirmationSent' };

export async function signUp(body: Credentials & { name: string }): Promise<SignUpOutcome> {
  const answer = await requestJson(signupResponseSchema, '/api/auth/signup', { method: 'POST', body });
  return 'user' in answer ? { kind: 'signedIn', me: answer } : { kind: 'confirmationSent' };
}

export function signIn(body: Credentials): Promise<Me> {
  return requestJson(meResponseSchema, '/api/auth/login', { method: 'POST', body });
}

export function confirmEmail(token: string): Promise<Me> {
  return requestJson(meResponseSchema, '/api/auth/confirm', { method: 'POST', body: { token } });
}

export function fetchSignupPolicy(signal?: AbortSignal): Promise<PublicSignupPolicy> {
  return requestJson(publicSignupPolicySchema, '/api/auth/signup-policy', signal ? { signal } : {});
}

export function signOut(): Promise<void> {
  return requestVoid('/api/auth/logout', { method: 'POST' });
}

export function fetchMe(): Promise<Me> {
  return requestJson(meResponseSchema, '/api/me');
}

export function requestPasswordReset(email: string): Promise<void> {
  return requestVoid('/api/auth/password-reset/request', { method: 'POST', body: { email } });
}

export function resetPassword(token: string, password: string): Promise<void> {
  return requestVoid('/api/auth/password-reset', { method: 'POST', body: { token, password } });
}
