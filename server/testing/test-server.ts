import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../logger.ts';
import { startCadreServer, type CadreServerOptions } from '../server.ts';

export const tempDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-test-'));

/** Starts a real server on a free port with a fresh SQLite data directory. */
export function startTestServer(overrides: Partial<CadreServerOptions> = {}) {
  return startCadreServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDataDir(),
    maxMessageBytes: 1024 * 1024,
    sqliteSync: 'normal',
    logger: silentLogger,
    sync: { unloadDelayMs: 0 },
    ...overrides,
  });
}

export async function createDocument(baseUrl: string, title = 'Test document'): Promise<string> {
  const response = await fetch(`${baseUrl}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`document creation failed: ${response.status}`);
  const { id } = (await response.json()) as { id: string };
  return id;
}

/** Polls `condition` until it holds or the deadline passes; tests never sleep for a fixed time. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
