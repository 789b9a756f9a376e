import { z } from 'zod';
import { eventStreamQuerySchema } from '../schemas/events.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint, type MediaAnswer } from './endpoint.ts';

const tag = 'events';

/** What every live stream sends; the event payloads are the schemas of `shared/schemas/events.ts`. */
const stream = (carries: string): MediaAnswer => ({
  mediaType: 'text/event-stream',
  description:
    `Server-sent events. \`change\` carries ${carries} with its position as \`id\`; \`ready\` comes once ` +
    'the stream is live, with the current position; `resync` asks the client to refetch. Resume with ' +
    '`Last-Event-ID` (or `?lastEventId=`): what was missed is replayed, or `resync` is sent.',
});
const refused = { 429: 'Too many live streams open for this user (see `Retry-After`)' };

/** Live events as server-sent events (`server/routes/events.ts`). */
export const eventsEndpoints = {
  workspace: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/events',
    summary: 'Live changes of a workspace, for every member viewing it (read)',
    tag,
    auth: 'session',
    params: z.object({ id: idSchema }),
    query: eventStreamQuerySchema,
    answers: { 200: stream('a `WorkspaceEvent`') },
    failures: refused,
  }),
  me: endpoint({
    method: 'get',
    path: '/api/me/events',
    summary: 'Live events of the caller alone (their notifications), whatever page they are on',
    tag,
    auth: 'session',
    query: eventStreamQuerySchema,
    answers: { 200: stream('a `UserEvent`') },
    failures: refused,
  }),
};
