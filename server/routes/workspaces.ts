import { Hono } from 'hono';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import { createDocumentBodySchema } from '../../shared/schemas/documents.ts';
import { createWorkspaceBodySchema, idSchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { jsonBody, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';

export function workspaceRoutes(services: Services) {
  const { workspaces, documents, policy } = services;
  const workspaceId = (raw: string) => {
    if (!idSchema.safeParse(raw).success) throw notFound('workspace');
    return raw;
  };

  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { user } = requireAuth(c);
      const list = workspaces.listForUser(user.id).map((w) => ({ ...w, abilities: abilitiesOf(w.role) }));
      return c.json({ workspaces: list });
    })
    .post('/', async (c) => {
      const { user } = requireAuth(c);
      const fields = await jsonBody(c, createWorkspaceBodySchema);
      const workspace = workspaces.create(fields, user.id);
      return c.json({ ...workspace, role: 'facilitator' as const, abilities: abilitiesOf('facilitator') }, 201);
    })
    .get('/:id', (c) => {
      const { user } = requireAuth(c);
      const id = workspaceId(c.req.param('id'));
      const membership = policy.authorize(user.id, id, 'read');
      const workspace = workspaces.find(id);
      if (!workspace) throw notFound('workspace');
      return c.json({
        workspace,
        membership: { id: membership.id, role: membership.role },
        abilities: abilitiesOf(membership.role),
        members: services.members.listActive(id),
        institutions: services.institutions.list(id),
        documents: documents.listInWorkspace(id),
      });
    })
    .post('/:id/documents', async (c) => {
      const { user } = requireAuth(c);
      const id = workspaceId(c.req.param('id'));
      const membership = policy.authorize(user.id, id, 'edit');
      const { title } = await jsonBody(c, createDocumentBodySchema);
      return c.json({ ...documents.create(id, title), abilities: abilitiesOf(membership.role) }, 201);
    });
}
