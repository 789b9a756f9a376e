import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressFile } from '../../scripts/precompress.ts';
import { SERVICE_WORKER_FILE } from '../../scripts/service-worker.ts';
import { createApp } from '../app.ts';
import type { CadreServer } from '../server.ts';
import { startTestServer } from '../testing/test-server.ts';

// The service worker as the build writes it (scripts/service-worker.ts), beside index.html.
const WORKER = `(function(){self.__precache=${JSON.stringify(Array.from({ length: 40 }, (_, i) => `/assets/chunk-${i}.js`))};})();\n`;
let clientDir: string;
let server: CadreServer;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-client-sw-'));
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Cadre</title>');
  fs.writeFileSync(path.join(clientDir, SERVICE_WORKER_FILE), WORKER);
  await compressFile(path.join(clientDir, SERVICE_WORKER_FILE));
  server = await startTestServer();
  app = createApp(server.services, clientDir);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(clientDir, { recursive: true, force: true });
});

describe('the service worker file', () => {
  it('is served at the root (scope /) as JavaScript, revalidated on every update check, compressed', async () => {
    const response = await app.request(`/${SERVICE_WORKER_FILE}`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    // Never the year-long caching of hashed assets: a browser would not see a new version.
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(WORKER);
  });

  it('answers 304 to an unchanged worker, so an update check costs no download', async () => {
    const first = await app.request(`/${SERVICE_WORKER_FILE}`, { headers: { 'accept-encoding': 'br' } });
    const again = await app.request(`/${SERVICE_WORKER_FILE}`, { headers: { 'accept-encoding': 'br', 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });
});
