import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

/** How often the write-ahead log is copied into the database file. */
const CHECKPOINT_INTERVAL_MS = 1000;
/** SQLite's own default, restored if the checkpointing thread stops. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;
/** What the log keeps on disk once checkpointed: a burst (an import) may grow it past this. */
export const WAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024;

/**
 * The worker's program: its own connection to the same file, checkpointing without blocking the
 * writer (PASSIVE). Plain CommonJS given as source, so it runs the same from the sources and
 * from the built server; better-sqlite3 is resolved by the main thread.
 */
const CHECKPOINTER_SOURCE = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const sqlite = new Database(workerData.file);
sqlite.pragma('busy_timeout = 5000');
setInterval(() => sqlite.pragma('wal_checkpoint(PASSIVE)'), workerData.intervalMs);
`;

/**
 * Moves SQLite's checkpoints off the event loop. By default the commit that takes the log past
 * 1,000 pages also copies them into the database file and syncs it, on the thread that relays
 * keystrokes: with 100 documents being typed in, that stalled the sync server every few seconds
 * and doubled its p99 (README, Sync). A worker thread with its own connection now checkpoints
 * every second; commits only append to the log, as before, so durability is unchanged. Should
 * the worker fail, the connection checkpoints by itself again.
 */
export function checkpointInBackground(sqlite: BetterSqlite3.Database, file: string): { stop(): Promise<void> } {
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  const worker = new Worker(CHECKPOINTER_SOURCE, {
    eval: true,
    workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3'), intervalMs: CHECKPOINT_INTERVAL_MS },
    // It holds next to nothing: a small heap keeps the thread's memory small too.
    resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1 },
  });
  // The thread must never keep the process alive on its own.
  worker.unref();
  let stopping = false;
  const fallBack = () => {
    if (!stopping && sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  return {
    stop: async () => {
      stopping = true;
      await worker.terminate();
    },
  };
}
