import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';

/** How often the write-ahead log is copied into the database file. */
const CHECKPOINT_INTERVAL_MS = 1000;
/** SQLite's own default, restored should a checkpoint fail. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;
/** What the log keeps on disk once checkpointed: a burst (an import) may grow it past this. */
export const WAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024;

/**
 * Takes SQLite's checkpoints out of the commits. By default the commit that takes the log past
 * 1,000 pages also copies them into the database file and syncs it: a stall of its own inside a
 * commit that keystrokes wait on before they are relayed, which doubled the sync server's p99
 * with 100 documents being typed in (README, Sync). A timer now checkpoints once a second,
 * between event-loop turns, so it delays only the messages that arrive meanwhile: 4–9 ms with
 * 100 documents being typed in, ~15 ms with 500. (A worker thread with a connection of
 * its own did it off the event loop, for no difference in delivery latency that the benchmark
 * could tell from noise, but its V8 isolate held 8–10 MB.) PASSIVE never waits for readers;
 * commits only append to the log, as before, so durability is unchanged.
 *
 * The connection is the query builder's, whose transactions stay open across awaits, and SQLite
 * refuses a checkpoint inside a transaction ("database table is locked"): each one takes the
 * builder's connection lock, as the update log's writes do. Should one fail all the same, the
 * connection goes back to checkpointing by itself, so the log never grows without end.
 */
export function checkpointPeriodically<DB>(sqlite: BetterSqlite3.Database, kysely: Kysely<DB>): { stop(): void } {
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
  let stopped = false;
  const stop = () => {
    stopped = true;
    clearInterval(timer);
  };
  const checkpoint = () =>
    kysely.connection().execute(async () => {
      if (!stopped) sqlite.pragma('wal_checkpoint(PASSIVE)');
    });
  const timer = setInterval(() => {
    checkpoint().catch(() => {
      stop();
      if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    });
  }, CHECKPOINT_INTERVAL_MS);
  // The timer must never keep the process alive on its own.
  timer.unref();
  return { stop };
}
