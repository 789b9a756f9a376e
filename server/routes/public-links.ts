import { Hono } from 'hono';
import { documentIdSchema } from '../../shared/schemas/documents.ts';
import { requireAuth } from '../auth/middleware.ts';
import { buildExportModel } from '../export/build-model.ts';
import { renderHtml } from '../export/html.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { createVersioning } from '../versions/versioning.ts';

/**
 * `/api/documents/:id/…public-links`: facilitators and chairs publish a validated version
 * read-only at `/p/<token>`, and can revoke the link at any time.
 */
export function publicLinkRoutes(services: Services) {
  const { policy, publicLinks, events } = services;
  const versioning = createVersioning(services);
  const authorized = (userId: string, documentId: string) => {
    if (!documentIdSchema.safeParse(documentId).success) throw notFound('document');
    return policy.authorizeDocument(userId, documentId, 'manageWorkspace');
  };

  return new Hono<AppEnv>()
    .get('/:id/public-links', (c) => {
      authorized(requireAuth(c).user.id, c.req.param('id'));
      return c.json({ links: publicLinks.listForDocument(c.req.param('id')) });
    })
    .post('/:id/versions/:versionId/public-links', (c) => {
      const { user } = requireAuth(c);
      const documentId = c.req.param('id');
      const membership = authorized(user.id, documentId);
      const version = versioning.requireVersion(documentId, c.req.param('versionId'));
      // Only validated text goes public: a draft is the core group's working material.
      if (version.signedSteps.length === 0) {
        throw new HttpError(409, 'not_validated', 'only a version with a signed validation step can be published');
      }
      const { link, token } = publicLinks.create(version.id, user.id);
      events.publish(membership.workspaceId, { resource: 'publicLinks', action: 'created', id: link.id, item: link, actorId: user.id });
      return c.json({ ...link, url: `${services.publicOrigin}/p/${token}` }, 201);
    })
    .delete('/:id/public-links/:linkId', (c) => {
      const { user } = requireAuth(c);
      const documentId = c.req.param('id');
      const membership = authorized(user.id, documentId);
      if (!publicLinks.revoke(documentId, c.req.param('linkId'))) throw notFound('public link');
      events.publish(membership.workspaceId, { resource: 'publicLinks', action: 'deleted', id: c.req.param('linkId'), actorId: user.id });
      return c.body(null, 204);
    });
}

/** `GET /p/<token>`: the published version as a clean, script-free web page; no sign-in. */
export function publicPageRoutes(services: Services) {
  const versioning = createVersioning(services);
  return new Hono().get('/:token', (c) => {
    const token = c.req.param('token');
    const target = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? services.publicLinks.resolve(token) : undefined;
    // Content-Security-Policy comes from the app-wide middleware (no script can run).
    const headers = {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    };
    if (!target) return c.html('<!doctype html><meta charset="utf-8"><title>Not found</title><p>This link does not exist or was revoked.</p>', 404, headers);
    const model = buildExportModel(services, versioning, target.documentId, target.versionId);
    return c.html(renderHtml({ ...model, comments: [] }), 200, headers);
  });
}
