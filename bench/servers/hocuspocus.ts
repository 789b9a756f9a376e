/**
 * @hocuspocus/server with @hocuspocus/extension-database storing into a better-sqlite3 file,
 * using Hocuspocus' default debounce (2 s, max 10 s) — the setup its docs recommend. After
 * each store commits it reports the stored state vector to the benchmark over IPC, which is
 * how "time to durable" is measured for this peer.
 */
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import type { DurableNotice } from '../lib/ipc.ts';

const dataDir = process.env.BENCH_DATA_DIR ?? './data-hocuspocus';
mkdirSync(dataDir, { recursive: true });
const db = new BetterSqlite3(join(dataDir, 'hocuspocus.sqlite'));
// WAL + synchronous=NORMAL, the same durability level as Cadre's default (CADRE_SQLITE_SYNC):
// a committed write survives a process crash.
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
const select = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
const upsert = db.prepare<[string, Buffer]>(
  'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
);

const server = new Server({
  port: Number(process.env.PORT ?? 1234),
  address: '127.0.0.1',
  quiet: true,
  extensions: [
    new Database({
      fetch: async ({ documentName }) => {
        const row = select.get(documentName);
        return row ? new Uint8Array(row.data) : null;
      },
      store: async ({ documentName, state }) => {
        upsert.run(documentName, state);
        if (process.send) {
          const sv = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state));
          const notice: DurableNotice = { type: 'bench:durable', doc: documentName, sv: [...sv.entries()] };
          process.send(notice);
        }
      },
    }),
  ],
});
await server.listen();
process.on('SIGTERM', () => {
  void server.destroy().finally(() => process.exit(0));
});
