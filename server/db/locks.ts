import type pg from 'pg';
import type { Database } from './database.ts';

/**
 * Mutual exclusion for what must not interleave: a use case that checks, then writes (a
 * workspace keeps a lead; a stage move starts from the current stage), and periodic jobs.
 *
 * On PostgreSQL, session advisory locks, so they hold across instances. They are taken on
 * connections of their own small pool: a holder's work then never waits for a connection that
 * another waiter holds. On SQLite one process serves everything, so a queue per key suffices.
 */
export function createLocks(database: Database) {
  const queues = new Map<string, Promise<unknown>>();
  const running = new Set<string>();

  async function inProcess<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve();
    const turn = previous.catch(() => undefined).then(work);
    queues.set(key, turn);
    try {
      return await turn;
    } finally {
      if (queues.get(key) === turn) queues.delete(key);
    }
  }

  async function onLockConnection<T>(use: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    if (database.engine !== 'postgres') throw new Error('PostgreSQL only');
    const client = await database.lockPool.connect();
    try {
      return await use(client);
    } finally {
      client.release();
    }
  }

  return {
    /** Runs `work` once no other holder of `key`, on any instance, runs; then the next one's turn. */
    exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
      if (database.engine === 'sqlite') return inProcess(key, work);
      return onLockConnection(async (client) => {
        await client.query("SELECT pg_advisory_lock(hashtext('cadre:' || $1))", [key]);
        try {
          return await work();
        } finally {
          await client.query("SELECT pg_advisory_unlock(hashtext('cadre:' || $1))", [key]);
        }
      });
    },

    /**
     * Runs a periodic job unless it is running already, here or on another instance, which
     * would only repeat the work. Resolves false when skipped.
     */
    async ifFree(key: string, work: () => Promise<unknown>): Promise<boolean> {
      if (database.engine === 'sqlite') {
        if (running.has(key)) return false;
        running.add(key);
        try {
          await work();
          return true;
        } finally {
          running.delete(key);
        }
      }
      return onLockConnection(async (client) => {
        const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext('cadre:' || $1)) AS locked", [key]);
        if (!rows[0]?.locked) return false;
        try {
          await work();
          return true;
        } finally {
          await client.query("SELECT pg_advisory_unlock(hashtext('cadre:' || $1))", [key]);
        }
      });
    },
  };
}

export type Locks = ReturnType<typeof createLocks>;

/**
 * The lock of a workspace's standing: archiving, restoring and deleting it or its documents, and
 * changes of its institution registry, each checked then written as one step.
 */
export const workspaceKey = (workspaceId: string): string => `workspace:${workspaceId}`;
