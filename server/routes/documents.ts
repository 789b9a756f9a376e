import { Hono } from 'hono';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import { documentIdSchema, renameDocumentBodySchema } from '../../shared/schemas/documents.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { jsonBody, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';

/** `/api/documents/:id`: documents are created inside a workspace (see workspaces routes). */
export function documentRoutes(services: Services) {
  const { documents, policy } = services;
  const authorized = (userId: string, id: string, action: 'read' | 'edit') => {
    if (!documentIdSchema.safeParse(id).success) throw notFound('document');
    const membership = policy.authorizeDocument(userId, id, action);
    const document = documents.find(id);
    if (!document) throw notFound('document');
    return { document, abilities: abilitiesOf(membership.role) };
  };

  return new Hono<AppEnv>()
    .get('/:id', (c) => {
      const { document, abilities } = authorized(requireAuth(c).user.id, c.req.param('id'), 'read');
      return c.json({ ...document, abilities });
    })
    .patch('/:id', async (c) => {
      const { document, abilities } = authorized(requireAuth(c).user.id, c.req.param('id'), 'edit');
      const { title } = await jsonBody(c, renameDocumentBodySchema);
      const renamed = documents.rename(document.id, title);
      if (!renamed) throw notFound('document');
      services.events.publish(renamed.workspaceId, {
        resource: 'documents',
        action: 'updated',
        id: renamed.id,
        item: renamed,
        actorId: requireAuth(c).user.id,
      });
      return c.json({ ...renamed, abilities });
    });
}
