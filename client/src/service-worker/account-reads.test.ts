import { describe, expect, it } from 'vitest';
import { isKeptAnswer, isKeptRead, mayChangeAccount, saysSignedOut } from './account-reads.ts';

const ORIGIN = 'https://cadre.example.gov';
const url = (path: string, origin = ORIGIN) => new URL(path, origin);
const json = (body: unknown, status = 200, type = 'application/json; charset=UTF-8') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('what the service worker keeps for offline use', () => {
  it('keeps the reads pages are rendered from: session, workspaces, documents, matrices, images', () => {
    for (const path of ['/api/session', '/api/workspaces', '/api/workspaces/w1', '/api/documents/d1', '/api/workspaces/w1/matrices/swot', '/api/images/i1', '/api/notifications?limit=20']) {
      expect(isKeptRead(url(path), 'GET', ORIGIN), path).toBe(true);
    }
  });

  it('never keeps changes, event streams, health probes, administration or other origins', () => {
    expect(isKeptRead(url('/api/documents/d1'), 'POST', ORIGIN)).toBe(false);
    expect(isKeptRead(url('/api/documents/d1'), 'PUT', ORIGIN)).toBe(false);
    expect(isKeptRead(url('/api/documents/d1'), 'DELETE', ORIGIN)).toBe(false);
    for (const path of ['/api/workspaces/w1/events', '/api/me/events', '/api/health', '/api/ready', '/api/openapi.json', '/api/admin/users', '/assets/index-abc.js', '/d/d1']) {
      expect(isKeptRead(url(path), 'GET', ORIGIN), path).toBe(false);
    }
    expect(isKeptRead(url('/api/session', 'https://elsewhere.example'), 'GET', ORIGIN)).toBe(false);
  });

  it('keeps successful JSON and images only, never downloads or failures', () => {
    expect(isKeptAnswer(json({ ok: true }))).toBe(true);
    expect(isKeptAnswer(new Response('png', { headers: { 'content-type': 'image/png' } }))).toBe(true);
    expect(isKeptAnswer(json({ error: {} }, 404))).toBe(false);
    expect(isKeptAnswer(json({ error: {} }, 500))).toBe(false);
    expect(isKeptAnswer(new Response('a,b', { headers: { 'content-type': 'text/csv' } }))).toBe(false);
    expect(isKeptAnswer(new Response('doc', { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } }))).toBe(false);
  });
});

describe('when the kept answers are dropped', () => {
  it('around every change that may sign someone in or out', () => {
    for (const path of ['/api/auth/login', '/api/auth/logout', '/api/auth/signup', '/api/auth/confirm', '/api/auth/password-reset']) {
      expect(mayChangeAccount(url(path), 'POST', ORIGIN), path).toBe(true);
    }
    expect(mayChangeAccount(url('/api/auth/signup-policy'), 'GET', ORIGIN)).toBe(false);
    expect(mayChangeAccount(url('/api/documents/d1'), 'POST', ORIGIN)).toBe(false);
  });

  it('when the server says nobody is signed in, or refuses a read with 401', async () => {
    expect(await saysSignedOut(url('/api/session'), json({ user: null }))).toBe(true);
    expect(await saysSignedOut(url('/api/documents/d1'), json({ error: { code: 'unauthenticated' } }, 401))).toBe(true);
    expect(await saysSignedOut(url('/api/session'), json({ user: { id: 'u1' } }))).toBe(false);
    expect(await saysSignedOut(url('/api/documents/d1'), json({ user: null }))).toBe(false);
    expect(await saysSignedOut(url('/api/documents/d1'), json({ error: {} }, 404))).toBe(false);
  });

  it('reads the session answer without consuming it for the page', async () => {
    const response = json({ user: null });
    await saysSignedOut(url('/api/session'), response);
    expect(await response.json()).toEqual({ user: null });
  });
});
