/**
 * The three servers compared by the benchmarks, behind one interface. Each start gets a fresh
 * port and a fresh data directory so runs cannot contaminate each other.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ClientKind } from './clients.ts';
import { ServerProcess, nextPort, BENCH_DIR, CADRE_SERVER } from './server-proc.ts';
import { createCadreDocs, openCadreSession, type CadreSession } from './cadre-api.ts';

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
  /** Session cookie the sync sockets must send (Cadre with accounts), if any. */
  cookie: () => string | undefined;
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
    server, clientUrl, dataDir, createDocs, cookie: () => undefined,
    httpBase: `http://127.0.0.1:${server.port}`,
    async dispose() {
      await server.stop();
      if (owned) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const sessionsByDataDir = new Map<string, CadreSession>();

export const cadre: Target = {
  name: 'cadre',
  kind: 'cadre',
  // BENCH_CADRE_ACK=0 skips the durability probes, to check they do not skew the latency.
  durability: process.env.BENCH_CADRE_ACK === '0' ? 'never' : 'ack',
  async start(label, opts) {
    const dataDir = opts?.dataDir ?? freshDataDir('cadre');
    const port = nextPort();
    const server = await ServerProcess.start({
      label, port, script: CADRE_SERVER, exposeGc: opts?.exposeGc,
      env: { CADRE_DATA_DIR: dataDir, HOST: '127.0.0.1', ...benchCadreEnv() },
    });
    const httpBase = `http://127.0.0.1:${port}`;
    // Keyed by data directory: a restarted server keeps its users, so the cookie stays valid.
    let session: CadreSession | undefined = sessionsByDataDir.get(dataDir);
    const st = await started(server, `ws://127.0.0.1:${port}/collab`, dataDir, opts?.dataDir === undefined,
      async (count) => {
        session ??= await openCadreSession(httpBase);
        sessionsByDataDir.set(dataDir, session);
        return createCadreDocs(httpBase, session, count);
      });
    st.cookie = () => session?.cookie;
    return st;
  },
};

/**
 * Every benchmark client signs in as one bench user, so the per-user caps (meant for one
 * person's tabs) are lifted to the scale of the scenario; the per-update checks stay on. The
 * load benchmark may raise the message-size limit without touching other runs.
 */
export function benchCadreEnv(): Record<string, string> {
  const perUser = {
    CADRE_MAX_SOCKETS_PER_USER: '10000',
    CADRE_MAX_DOCUMENTS_PER_USER: '10000',
    CADRE_USER_MESSAGES_PER_SECOND: '1000000',
    CADRE_USER_UPDATE_BYTES_PER_SECOND: String(1024 * 1024 * 1024),
  };
  const maxMessageBytes = process.env.BENCH_CADRE_MAX_MESSAGE_BYTES;
  if (!maxMessageBytes) return perUser;
  // The load benchmark seeds a 10 MB document in one message, beyond one update's item bound.
  return {
    ...perUser,
    CADRE_MAX_MESSAGE_BYTES: maxMessageBytes,
    CADRE_MAX_UPDATE_ITEMS: '10000000',
    CADRE_MAX_DOCUMENT_BYTES: String(4096 * 1024 * 1024),
  };
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
