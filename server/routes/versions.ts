import { Hono } from 'hono';
import type { Action } from '../../shared/policy/abilities.ts';
import { documentIdSchema } from '../../shared/schemas/documents.ts';
import { signBodySchema } from '../../shared/schemas/validation.ts';
import { compareQuerySchema, createVersionBodySchema } from '../../shared/schemas/versions.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { jsonBody, notFound, parseOrThrow } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { compareDocuments } from '../versions/compare.ts';
import { createVersioning } from '../versions/versioning.ts';

/**
 * `/api/documents/:id/versions…` and `/api/documents/:id/validation…`: named versions,
 * checkpoints, comparison, restore, and signing the validation ladder.
 */
export function versionRoutes(services: Services) {
  const { policy, versions, events } = services;
  const versioning = createVersioning(services);

  const authorized = (userId: string, documentId: string, action: Action) => {
    if (!documentIdSchema.safeParse(documentId).success) throw notFound('document');
    return policy.authorizeDocument(userId, documentId, action);
  };

  return new Hono<AppEnv>()
    .get('/:id/versions', (c) => {
      authorized(requireAuth(c).user.id, c.req.param('id'), 'read');
      return c.json({ versions: versions.list(c.req.param('id')) });
    })
    .post('/:id/versions', async (c) => {
      const { user } = requireAuth(c);
      const documentId = c.req.param('id');
      const membership = authorized(user.id, documentId, 'edit');
      const { name } = await jsonBody(c, createVersionBodySchema);
      const version = versioning.snapshot(documentId, name, 'named', user.id);
      events.publish(membership.workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: user.id });
      return c.json(version, 201);
    })
    .get('/:id/versions/compare', (c) => {
      const documentId = c.req.param('id');
      authorized(requireAuth(c).user.id, documentId, 'read');
      const query = parseOrThrow(compareQuerySchema, c.req.query(), 'query');
      const from = versioning.contentOf(documentId, query.from);
      const to = versioning.contentOf(documentId, query.to);
      return c.json({ from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name }, ...compareDocuments(from.content, to.content) });
    })
    .get('/:id/versions/:versionId', (c) => {
      const documentId = c.req.param('id');
      authorized(requireAuth(c).user.id, documentId, 'read');
      const { state: _state, matrices: _matrices, ...version } = versioning.requireVersion(documentId, c.req.param('versionId'));
      return c.json(version);
    })
    .post('/:id/versions/:versionId/restore', (c) => {
      const { user } = requireAuth(c);
      const documentId = c.req.param('id');
      const membership = authorized(user.id, documentId, 'edit');
      const version = versioning.restore(documentId, c.req.param('versionId'), user.id);
      events.publish(membership.workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: user.id });
      return c.json(version, 201);
    })
    .get('/:id/validation', (c) => {
      const { user } = requireAuth(c);
      const documentId = c.req.param('id');
      const membership = authorized(user.id, documentId, 'read');
      return c.json(versioning.ladder(membership.workspaceId, documentId, membership.role));
    })
    .post('/:id/validation/:stepId/sign', async (c) => {
      const { user } = requireAuth(c);
      const documentId = c.req.param('id');
      const membership = authorized(user.id, documentId, 'read');
      const step = services.validation.steps(membership.workspaceId).find((s) => s.id === c.req.param('stepId'));
      if (!step) throw notFound('validation step');
      policy.authorize(user.id, membership.workspaceId, 'signValidation', { signerRole: step.signerRole });
      const { note } = await jsonBody(c, signBodySchema);
      const { version, ladder } = versioning.sign(membership.workspaceId, documentId, step.id, user.id, membership.role, note);
      events.publish(membership.workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: user.id });
      events.publish(membership.workspaceId, { resource: 'validation', action: 'updated', id: documentId, actorId: user.id });
      return c.json(ladder, 201);
    });
}
