/**
 * The three servers compared by the benchmarks, behind one interface. Each start gets a fresh
 * port and a fresh data directory so runs cannot contaminate each other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ClientKind } from './clients.ts';
import { ServerProcess, nextPort, BENCH_DIR } from './server-proc.ts';

export type Durability = 'ack' | 'ipc' | 'never';

export interface Target {
  readonly name: string;
  readonly kind: ClientKind;
  /** How send→durable is observed: Cadre's ack message, Hocuspocus' store hook, or not at all. */
  readonly durability: Durability;
  start(label: string, opts?: { exposeGc?: boolean; dataDir?: string }): Promise<Started>;
}

export interface Started {
  server: ServerProcess;
  /** URL given to the client provider (y-websocket appends `/<room>`). */
  clientUrl: string;
  httpBase: string;
  dataDir: string;
  createDocs(count: number): Promise<string[]>;
  /** Stops the server and deletes its data directory (unless it was supplied by the caller). */
  dispose(): Promise<void>;
}

function freshDataDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cadre-bench-${prefix}-`));
}

/** Peers accept any room name, so "creating" a document is just naming it. */
const localNames = (count: number): Promise<string[]> =>
  Promise.resolve(Array.from({ length: count }, () => randomUUID()));

async function started(
  server: ServerProcess, clientUrl: string, dataDir: string, owned: boolean,
  createDocs: (count: number) => Promise<string[]>,
): Promise<Started> {
  return {
    server, clientUrl, dataDir, createDocs,
    httpBase: `http://127.0.0.1:${server.port}`,
    async dispose() {
      await server.stop();
      if (owned) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates documents through Cadre's API, a few requests in flight at a time. */
export async function createCadreDocs(httpBase: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const res = await fetch(`${httpBase}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Bench document ${i + 1}` }),
      });
      if (res.status !== 201) throw new Error(`POST /api/documents → ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { id?: unknown };
      if (typeof body.id !== 'string') throw new Error('POST /api/documents: no id in response');
      ids[i] = body.id;
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, count) }, worker));
  return ids;
}

export const cadre: Target = {
  name: 'cadre',
  kind: 'y-websocket',
  durability: 'ack',
  async start(label, opts) {
    const dataDir = opts?.dataDir ?? freshDataDir('cadre');
    const port = nextPort();
    const server = await ServerProcess.start({
      label, port, script: 'server/main.ts', exposeGc: opts?.exposeGc,
      env: { CADRE_DATA_DIR: dataDir, HOST: '127.0.0.1', ...benchCadreEnv() },
    });
    const httpBase = `http://127.0.0.1:${port}`;
    return started(server, `ws://127.0.0.1:${port}/collab`, dataDir, opts?.dataDir === undefined,
      (count) => createCadreDocs(httpBase, count));
  },
};

/** Lets the load benchmark raise Cadre's message-size limit without touching other runs. */
function benchCadreEnv(): Record<string, string> {
  const v = process.env.BENCH_CADRE_MAX_MESSAGE_BYTES;
  return v ? { CADRE_MAX_MESSAGE_BYTES: v } : {};
}

export const ywsReference: Target = {
  name: 'y-websocket@1.5.4',
  kind: 'y-websocket',
  durability: 'never',
  async start(label, opts) {
    const port = nextPort();
    const server = await ServerProcess.start({
      label, port, script: join(BENCH_DIR, 'servers', 'yws-ref.ts'), exposeGc: opts?.exposeGc,
    });
    return started(server, `ws://127.0.0.1:${port}`, '', false, localNames);
  },
};

export const hocuspocus: Target = {
  name: 'hocuspocus',
  kind: 'hocuspocus',
  durability: 'ipc',
  async start(label, opts) {
    const dataDir = opts?.dataDir ?? freshDataDir('hocuspocus');
    const port = nextPort();
    const server = await ServerProcess.start({
      label, port, script: join(BENCH_DIR, 'servers', 'hocuspocus.ts'), exposeGc: opts?.exposeGc,
      env: { BENCH_DATA_DIR: dataDir },
    });
    return started(server, `ws://127.0.0.1:${port}`, dataDir, opts?.dataDir === undefined, localNames);
  },
};

export const ALL_TARGETS: readonly Target[] = [cadre, ywsReference, hocuspocus];
