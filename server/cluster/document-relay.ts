import { z } from 'zod';
import type { DocumentRelay, RelayHandlers } from '../collab/relay.ts';
import type { Logger } from '../logger.ts';
import { readMessage, type ClusterLink } from './redis.ts';

/** Updates up to this size ride along with their announcement; larger ones are read from the log. */
const MAX_CARRIED_BYTES = 64 * 1024;

const base64 = z.string().max(2 * MAX_CARRIED_BYTES);
/** What one instance tells the others about a document; validated like any other input. */
const announcementSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('updates'),
    from: z.string(),
    at: z.number(),
    first: z.number().int().positive(),
    last: z.number().int().positive(),
    updates: z.array(base64).max(MAX_CARRIED_BYTES).optional(),
  }),
  z.object({ kind: z.literal('presence'), from: z.string(), at: z.number(), update: base64 }),
]);
type Announcement = z.infer<typeof announcementSchema>;

const channelOf = (documentId: string): string => `cadre:document:${documentId}`;
const CHANNEL_PREFIX = 'cadre:document:';

export type RelayObserver = {
  /** Milliseconds between an announcement's publication and its arrival here. */
  relayLag(ms: number): void;
};

/**
 * Announcements between instances over Redis pub/sub, one channel per document, which an
 * instance follows while it has the document loaded. Pub/sub delivers at most once: a missed
 * announcement is noticed at the next one (a gap in seq) or at a reconnection, and read from
 * the log, so it costs latency, never data.
 */
export function createRedisDocumentRelay(link: ClusterLink, logger: Logger, observer: RelayObserver): DocumentRelay {
  const watched = new Map<string, RelayHandlers>();

  function publish(documentId: string, announcement: Announcement): void {
    link.publisher.publish(channelOf(documentId), JSON.stringify(announcement)).catch((error: unknown) => {
      logger.warn('cluster.relay.publish-failed', { documentId, message: String(error) });
    });
  }

  link.subscriber.on('message', (channel: string, message: string) => {
    if (!channel.startsWith(CHANNEL_PREFIX)) return;
    const handlers = watched.get(channel.slice(CHANNEL_PREFIX.length));
    if (!handlers) return;
    const announcement = readMessage(message, announcementSchema);
    if (!announcement) {
      logger.warn('cluster.relay.malformed', { channel });
      return;
    }
    if (announcement.from === link.instanceId) return;
    observer.relayLag(Math.max(0, Date.now() - announcement.at));
    if (announcement.kind === 'presence') return handlers.presence(fromBase64(announcement.update));
    handlers.updates({ first: announcement.first, last: announcement.last }, announcement.updates?.map(fromBase64));
  });

  return {
    shared: true,
    announceUpdates(documentId, range, updates) {
      const size = updates.reduce((sum, update) => sum + update.byteLength, 0);
      publish(documentId, {
        kind: 'updates',
        from: link.instanceId,
        at: Date.now(),
        ...range,
        ...(size <= MAX_CARRIED_BYTES ? { updates: updates.map(toBase64) } : {}),
      });
    },
    announcePresence(documentId, update) {
      if (update.byteLength > MAX_CARRIED_BYTES) return;
      publish(documentId, { kind: 'presence', from: link.instanceId, at: Date.now(), update: toBase64(update) });
    },
    watch(documentId, handlers) {
      if (!watched.has(documentId)) {
        link.subscriber.subscribe(channelOf(documentId)).catch((error: unknown) => {
          logger.warn('cluster.relay.subscribe-failed', { documentId, message: String(error) });
        });
      }
      watched.set(documentId, handlers);
    },
    unwatch(documentId) {
      if (!watched.delete(documentId)) return;
      link.subscriber.unsubscribe(channelOf(documentId)).catch(() => undefined);
    },
    onResync: (callback) => link.onReconnect(callback),
  };
}

const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
