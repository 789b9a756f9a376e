import { meResponseSchema, type User } from '../../../../shared/schemas/auth.ts';
import { requestJson, requestVoid } from './http.ts';

export interface Credentials {
  email: string;
  password: string;
}

export async function signUp(body: Credentials & { name: string }): Promise<User> {
  return (await requestJson(meResponseSchema, '/api/auth/signup', { method: 'POST', body })).user;
}

export async function signIn(body: Credentials): Promise<User> {
  return (await requestJson(meResponseSchema, '/api/auth/login', { method: 'POST', body })).user;
}

export function signOut(): Promise<void> {
  return requestVoid('/api/auth/logout', { method: 'POST' });
}

export async function fetchMe(): Promise<User> {
  return (await requestJson(meResponseSchema, '/api/me')).user;
}

export function requestPasswordReset(email: string): Promise<void> {
  return requestVoid('/api/auth/password-reset/request', { method: 'POST', body: { email } });
}

export function resetPassword(token: string, password: string): Promise<void> {
  return requestVoid('/api/auth/password-reset', { method: 'POST', body: { token, password } });
}
