import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { WorkspaceEvent } from '../../shared/schemas/events.ts';
import { idSchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';

const KEEPALIVE_MS = 25_000;

/** `GET /api/workspaces/:id/events`: live changes of a workspace as server-sent events. */
export function eventRoutes({ policy, events }: Services) {
  return new Hono<AppEnv>().get('/:id/events', (c) => {
    const { user } = requireAuth(c);
    const workspaceId = c.req.param('id');
    if (!idSchema.safeParse(workspaceId).success) throw notFound('workspace');
    policy.authorize(user.id, workspaceId, 'read');

    return streamSSE(c, async (stream) => {
      let finish = () => {};
      const done = new Promise<void>((resolve) => (finish = resolve));
      const unsubscribe = events.subscribe(workspaceId, {
        userId: user.id,
        send: (event: WorkspaceEvent) => void stream.writeSSE({ event: 'change', data: JSON.stringify(event) }),
        close: finish,
      });
      stream.onAbort(finish);
      let open = true;
      void done.then(() => {
        open = false;
        unsubscribe();
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (open) {
        // A comment line keeps proxies from closing an idle stream.
        const tick = new Promise<void>((resolve) => setTimeout(resolve, KEEPALIVE_MS).unref());
        await Promise.race([tick, done]);
        if (open) await stream.write(': keepalive\n\n');
      }
    });
  });
}
