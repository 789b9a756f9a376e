import { z } from 'zod';
import { userEventSchema, workspaceEventSchema } from '../../shared/schemas/events.ts';
import type { EventBus, ServerEvent } from '../events/bus.ts';
import type { Logger } from '../logger.ts';
import type { LiveEvents } from '../realtime/live-events.ts';
import { readMessage, type ClusterLink } from './redis.ts';

const BUS_CHANNEL = 'cadre:bus';
const LIVE_CHANNEL = 'cadre:live';

/**
 * The bus events every instance must act on, whichever instance emitted them: a sign-out or a
 * role change closes channels wherever they are open; an archive or a deletion too.
 * `document.updated` stays local: the instance that committed an edit records it.
 */
const relayedBusEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.ended'), sessionId: z.string() }),
  z.object({ type: z.literal('membership.changed'), workspaceId: z.string(), userId: z.string() }),
  z.object({ type: z.literal('archive.changed'), workspaceId: z.string(), documentId: z.string().nullable() }),
  z.object({ type: z.literal('documents.deleted'), documentIds: z.array(z.string()) }),
  z.object({ type: z.literal('workspace.deleted'), workspaceId: z.string() }),
]);
const RELAYED_TYPES = relayedBusEventSchema.options.map((option) => option.shape.type.value);

const busMessageSchema = z.object({ from: z.string(), event: relayedBusEventSchema });
const liveMessageSchema = z.discriminatedUnion('audience', [
  z.object({ from: z.string(), audience: z.literal('workspace'), workspaceId: z.string(), event: workspaceEventSchema }),
  z.object({ from: z.string(), audience: z.literal('user'), userId: z.string(), event: userEventSchema }),
]);

function listen<S extends z.ZodType>(link: ClusterLink, channel: string, schema: S, logger: Logger, handle: (message: z.infer<S>) => void): void {
  link.subscriber.subscribe(channel).catch((error: unknown) => logger.warn('cluster.subscribe-failed', { channel, message: String(error) }));
  link.subscriber.on('message', (from: string, text: string) => {
    if (from !== channel) return;
    const message = readMessage(text, schema);
    if (message === undefined) return logger.warn('cluster.malformed', { channel });
    if ((message as { from: string }).from !== link.instanceId) handle(message);
  });
}

function publish(link: ClusterLink, channel: string, message: object, logger: Logger): void {
  link.publisher.publish(channel, JSON.stringify(message)).catch((error: unknown) => {
    // Redis is away: other instances miss this; their periodic session check and the clients'
    // reconnections still converge, and nothing stored is lost.
    logger.warn('cluster.publish-failed', { channel, message: String(error) });
  });
}

/** Emits this instance's relayed bus events on the other instances, and theirs here. */
export function relayBusEvents(bus: EventBus, link: ClusterLink, logger: Logger): void {
  const fromElsewhere = new WeakSet<ServerEvent>();
  for (const type of RELAYED_TYPES) {
    bus.on(type, (event) => {
      if (!fromElsewhere.has(event)) publish(link, BUS_CHANNEL, { from: link.instanceId, event }, logger);
    });
  }
  listen(link, BUS_CHANNEL, busMessageSchema, logger, ({ event }) => {
    fromElsewhere.add(event);
    bus.emit(event);
  });
}

/**
 * Live events published on any instance reach the streams open on every instance: each
 * publication is delivered here and announced to the others, which deliver it to theirs.
 */
export function relayLiveEvents(events: LiveEvents, link: ClusterLink, logger: Logger): LiveEvents {
  listen(link, LIVE_CHANNEL, liveMessageSchema, logger, (message) => {
    if (message.audience === 'workspace') events.publish(message.workspaceId, message.event);
    else events.publishToUser(message.userId, message.event);
  });
  return {
    ...events,
    publish(workspaceId, event) {
      events.publish(workspaceId, event);
      publish(link, LIVE_CHANNEL, { from: link.instanceId, audience: 'workspace', workspaceId, event }, logger);
    },
    publishToUser(userId, event) {
      events.publishToUser(userId, event);
      publish(link, LIVE_CHANNEL, { from: link.instanceId, audience: 'user', userId, event }, logger);
    },
  };
}
