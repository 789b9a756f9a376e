import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressFile } from '../../scripts/precompress.ts';
import { createApp } from '../app.ts';
import type { CadreServer } from '../server.ts';
import { startTestServer } from '../testing/test-server.ts';
import { acceptedEncodings } from './static-client.ts';

// A client build as `npm run build` writes it: hashed assets, each with its precompressed siblings.
const SCRIPT = `export const greeting = ${JSON.stringify('bonjour '.repeat(400))};\n`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<p>skeleton</p>'.repeat(40)}</body></html>`;
let clientDir: string;
let server: CadreServer;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-client-'));
  fs.mkdirSync(path.join(clientDir, 'assets'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(clientDir, 'assets/index-abc123.js'), SCRIPT);
  fs.writeFileSync(path.join(clientDir, 'assets/tiny-abc123.css'), 'a{}');
  for (const file of ['index.html', 'assets/index-abc123.js', 'assets/tiny-abc123.css']) await compressFile(path.join(clientDir, file));
  server = await startTestServer();
  app = createApp(server.services, clientDir);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => app.request(url, { method, headers });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('precompressed assets', () => {
  it('sends brotli when the browser accepts it, with the length of what is sent and the plain type', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(response);
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(SCRIPT);
  });

  it('sends gzip when brotli is refused or not offered', async () => {
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip;q=0.8', 'GZIP, deflate']) {
      const response = await get('/assets/index-abc123.js', { 'accept-encoding': acceptEncoding });
      expect(response.headers.get('content-encoding'), acceptEncoding).toBe('gzip');
      expect(zlib.gunzipSync(await bytes(response)).toString()).toBe(SCRIPT);
    }
  });

  it('sends the plain file when no encoding is accepted, or when compressing did not make it smaller', async () => {
    for (const [url, acceptEncoding] of [['/assets/index-abc123.js', ''], ['/assets/index-abc123.js', 'identity, br;q=0, gzip;q=0'], ['/assets/tiny-abc123.css', 'br, gzip']]) {
      const response = await get(url!, { 'accept-encoding': acceptEncoding! });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      const body = await bytes(response);
      expect(Number(response.headers.get('content-length'))).toBe(body.length);
      expect(body.toString()).toBe(url === '/assets/tiny-abc123.css' ? 'a{}' : SCRIPT);
    }
    expect(fs.existsSync(path.join(clientDir, 'assets/tiny-abc123.css.br'))).toBe(false);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(Number(response.headers.get('content-length'))).toBe(fs.statSync(path.join(clientDir, 'assets/index-abc123.js.br')).size);
    expect((await bytes(response)).length).toBe(0);
  });

  it('reads Accept-Encoding as the HTTP specification says: q-values, case, the * wildcard', () => {
    const accepts = acceptedEncodings('GZip;q=0.5, br ; q=0, *;q=0.1');
    expect([accepts('gzip'), accepts('br'), accepts('zstd')]).toEqual([true, false, true]);
    expect(acceptedEncodings(undefined)('gzip')).toBe(false);
    expect(acceptedEncodings('*;q=0')('br')).toBe(false);
  });
});

describe('caching', () => {
  it('caches hashed assets for a year, unchanged, with no validator to revalidate them by', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'br' });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('last-modified')).toBeNull();
  });

  it('revalidates index.html: no-cache with a tag per encoding, and 304 without a body when unchanged', async () => {
    const first = await get('/', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('last-modified')).toBeTruthy();
    const tag = first.headers.get('etag') ?? '';
    expect(tag).toMatch(/^".+-br"$/);
    expect(zlib.brotliDecompressSync(await bytes(first)).toString()).toBe(INDEX);

    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    expect((await bytes(again)).length).toBe(0);

    // A tag of another encoding's bytes does not stand for these.
    const gzip = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': tag });
    expect(gzip.status).toBe(200);
    expect(gzip.headers.get('etag')).not.toBe(tag);

    const since = await get('/', { 'accept-encoding': 'br', 'if-modified-since': first.headers.get('last-modified') ?? '' });
    expect(since.status).toBe(304);
  });

  it('answers a changed index.html in full once its tag no longer matches', async () => {
    const tag = (await get('/', { 'accept-encoding': '' })).headers.get('etag') ?? '';
    const file = path.join(clientDir, 'index.html');
    const changed = INDEX.replace('abc123', 'def456');
    fs.writeFileSync(file, changed);
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    try {
      const response = await get('/', { 'accept-encoding': '', 'if-none-match': tag });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(changed);
    } finally {
      fs.writeFileSync(file, INDEX);
    }
  });
});

describe('client routing and refusals', () => {
  it('answers every page address with index.html, revalidated', async () => {
    for (const url of ['/w/abc', '/d/some-document', '/invite/token-token-token-1', '/index.html.br']) {
      const response = await get(url, { 'accept-encoding': 'gzip' });
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(zlib.gunzipSync(await bytes(response)).toString()).toBe(INDEX);
    }
  });

  it('says 404 for a missing asset instead of sending the page as script', async () => {
    const response = await get('/assets/index-gone99.js', { 'accept-encoding': 'br' });
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control') ?? '').not.toContain('immutable');
  });

  it('never serves a file outside the client directory, nor a compressed sibling as such', async () => {
    fs.writeFileSync(path.join(path.dirname(clientDir), `${path.basename(clientDir)}-secret.txt`), 'secret');
    for (const url of ['/assets/..%2f..%2f' + `${path.basename(clientDir)}-secret.txt`, '/..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/etc/passwd', '/assets/index-abc123.js.br', '/assets/%00.js']) {
      const response = await get(url, { 'accept-encoding': 'br' });
      const body = await bytes(response);
      expect(body.toString(), url).not.toContain('secret');
      expect([200, 404], url).toContain(response.status);
      if (response.status === 200) expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
  });

  it('leaves the API to its routes', async () => {
    const response = await get('/api/no-such-route');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });
});

describe('security headers', () => {
  it('gives a page the whole set, and a hashed asset only those that apply to a file a page loads', async () => {
    const page = await get('/d/abcdefgh12', { 'accept-encoding': 'br' });
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=/);

    const asset = await get('/assets/index-abc123.js', { 'accept-encoding': 'br' });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect(asset.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(asset.headers.get('referrer-policy')).toBe('no-referrer');
    for (const pageOnly of ['content-security-policy', 'x-frame-options', 'strict-transport-security', 'cross-origin-opener-policy', 'x-xss-protection']) {
      expect(asset.headers.get(pageOnly), pageOnly).toBeNull();
    }
  });
});
