import { Hono } from 'hono';
import { requireAuth } from '../auth/middleware.ts';
import { createDemoWorkspace } from '../demo/create-demo.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError } from '../http/errors.ts';
import type { Services } from '../services.ts';

/**
 * `POST /api/demo`: builds the demo workspace for a signed-in user who has no workspace yet
 * (the "try a demo" button of an empty list). Refused once they have one, so the button cannot
 * be used to fill an instance with demo accounts.
 */
export function demoRoutes(services: Services) {
  return new Hono<AppEnv>().post('/', (c) => {
    const { user } = requireAuth(c);
    if (services.workspaces.listForUser(user.id).length > 0) {
      throw new HttpError(409, 'not_empty', 'the demo is offered only to users without a workspace');
    }
    const { workspaceId, documentId } = createDemoWorkspace(services, user.id);
    return c.json({ workspaceId, documentId }, 201);
  });
}
