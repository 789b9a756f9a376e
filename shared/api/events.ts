import { z } from 'zod';
import { eventStreamQuerySchema } from '../schemas/events.ts';
import { idSchema } from '../schemas/workspaces.ts';
import { endpoint, type MediaAnswer } from './endpoint.ts';

const tag = 'events';

/** What every live stream sends; the event payloads are the schemas of `shared/schemas/events.ts`. */
const stream = (carries: string): MediaAnswer => ({
  mediaType: 'text/event-stream',
  description:
    `Server-sent events. ${carries}; each has its position as \`id\`. \`ready\` comes once the stream ` +
    'is live, with the current position; `resync` asks the client to refetch. Resume with ' +
    '`Last-Event-ID` (or `?lastEventId=`): what was missed is replayed, or `resync` is sent.',
});
const refused = { 429: 'Too many live streams open for this user (see `Retry-After`)' };

/** Live events as server-sent events (`server/routes/events.ts`). */
export const eventsEndpoints = {
  workspace: endpoint({
    method: 'get',
    path: '/api/workspaces/:id/events',
    summary: 'Live changes of a workspace, for every member viewing it (read), and the caller’s own events',
    tag,
    auth: 'session',
    params: z.object({ id: idSchema }),
    query: eventStreamQuerySchema,
    answers: {
      200: stream(
        '`change` carries a `WorkspaceEvent`, `personal` a `UserEvent` of the caller (as `/api/me/events` ' +
          'does, so a tab needs one stream), in the order they were numbered',
      ),
    },
    failures: refused,
  }),
  me: endpoint({
    method: 'get',
    path: '/api/me/events',
    summary: 'Live events of the caller alone (their notifications), for pages showing no workspace',
    tag,
    auth: 'session',
    query: eventStreamQuerySchema,
    answers: { 200: stream('`personal` carries a `UserEvent`') },
    failures: refused,
  }),
};
