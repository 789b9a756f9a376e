import { Hono } from 'hono';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import { createDocumentBodySchema } from '../../shared/schemas/documents.ts';
import {
  createInstitutionBodySchema,
  createWorkspaceBodySchema,
  idSchema,
  updateWorkspaceBodySchema,
} from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, jsonBody, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { createDocument } from '../services/template-documents.ts';

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
    .patch('/:id', async (c) => {
      const { user } = requireAuth(c);
      const id = workspaceId(c.req.param('id'));
      const membership = policy.authorize(user.id, id, 'manageWorkspace');
      const changes = await jsonBody(c, updateWorkspaceBodySchema);
      const current = workspaces.find(id);
      if (!current) throw notFound('workspace');
      const workspace = workspaces.update(id, { ...current, ...changes });
      services.events.publish(id, { resource: 'workspace', action: 'updated', id, item: workspace, actorId: user.id });
      return c.json({ ...workspace, role: membership.role, abilities: abilitiesOf(membership.role) });
    })
    .post('/:id/institutions', async (c) => {
      const { user } = requireAuth(c);
      const id = workspaceId(c.req.param('id'));
      policy.authorize(user.id, id, 'manageMembers');
      const { name, parentId } = await jsonBody(c, createInstitutionBodySchema);
      if (parentId !== null) {
        const parent = services.institutions.find(id, parentId);
        if (!parent) throw new HttpError(400, 'invalid_request', 'invalid request body', { parentId: ['no such institution in this workspace'] });
        // Two levels only (ministry → department): a department cannot have departments.
        if (parent.parentId !== null) {
          throw new HttpError(400, 'invalid_request', 'invalid request body', { parentId: ['the parent must be a ministry, not a department'] });
        }
      }
      const taken = services.institutions.list(id).some((i) => i.parentId === parentId && i.name.toLowerCase() === name.toLowerCase());
      if (taken) throw new HttpError(409, 'institution_exists', 'an institution with this name exists here', { name: ['already listed'] });
      const institution = services.institutions.create(id, name, parentId);
      services.events.publish(id, { resource: 'institutions', action: 'created', id: institution.id, item: institution, actorId: user.id });
      return c.json(institution, 201);
    });
}
