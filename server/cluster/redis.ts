import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { z } from 'zod';
import type { Logger } from '../logger.ts';

/**
 * This instance's link to the other instances: two Redis connections (a subscribed connection
 * can do nothing else) and the instance's id, which tells its own messages apart.
 *
 * Redis only says "there is more"; PostgreSQL holds the truth. So Redis being away must never
 * hold anything up: commands fail at once instead of queueing while disconnected (a queue would
 * grow without bound), and each user of this link has a fallback — a lost announcement is
 * caught up from the log, a rate limit counts locally.
 */
export type ClusterLink = {
  readonly instanceId: string;
  readonly publisher: Redis;
  readonly subscriber: Redis;
  /** Called each time the subscriber is back after a disconnection: messages may have been lost. */
  onReconnect(callback: () => void): void;
  close(): Promise<void>;
};

/**
 * A message from another instance, checked like any other input: whatever reaches Redis is
 * parsed with its schema before anything acts on it. Undefined when malformed.
 */
export function readMessage<S extends z.ZodType>(text: string, schema: S): z.infer<S> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const checked = schema.safeParse(parsed);
  return checked.success ? checked.data : undefined;
}

export async function connectCluster(url: string, logger: Logger): Promise<ClusterLink> {
  const instanceId = randomBytes(8).toString('hex');
  const options = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Back off to one attempt per second at most while Redis is away.
    retryStrategy: (attempt: number) => Math.min(attempt * 100, 1000),
    lazyConnect: true,
  };
  // Loaded only when configured: a single instance never pays for the client.
  const { Redis } = await import('ioredis');
  const publisher = new Redis(url, options);
  // The subscriber must queue its SUBSCRIBE commands until it is (re)connected.
  const subscriber = new Redis(url, { ...options, enableOfflineQueue: true });
  const reconnectCallbacks: Array<() => void> = [];
  let lostConnection = false;
  for (const [name, client] of [['publisher', publisher], ['subscriber', subscriber]] as const) {
    client.on('error', (error: Error) => logger.warn('cluster.redis.error', { connection: name, message: error.message }));
  }
  subscriber.on('close', () => {
    lostConnection = true;
  });
  subscriber.on('ready', () => {
    if (!lostConnection) return;
    lostConnection = false;
    logger.info('cluster.redis.reconnected', { instanceId });
    for (const callback of reconnectCallbacks) callback();
  });
  await Promise.all([publisher.connect(), subscriber.connect()]);
  return {
    instanceId,
    publisher,
    subscriber,
    onReconnect: (callback) => void reconnectCallbacks.push(callback),
    async close() {
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
