import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A port nobody listens on right now, chosen by the OS. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * A Cadre server of its own, with a fresh database, for a journey that changes instance-wide
 * settings (sign-up policy, disabled accounts) or needs the instance's first account: the
 * shared server of the other journeys must not see those changes. Serves the built client.
 */
export async function startOwnServer(env: Record<string, string> = {}) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // Its own embedded store, even when the shared server of a run uses PostgreSQL.
  const { CADRE_DATABASE_URL: _database, CADRE_REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      CADRE_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'cadre-e2e-own-')),
      CADRE_PUBLIC_ORIGIN: baseURL,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the server did not start within 90 s:\n${output}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes('Cadre is running at')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    baseURL,
    async stop(): Promise<void> {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
