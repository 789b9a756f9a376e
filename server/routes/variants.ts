import { Hono } from 'hono';
import { abilitiesOf, type Action } from '../../shared/policy/abilities.ts';
import { documentIdSchema } from '../../shared/schemas/documents.ts';
import { createVariantBodySchema, type ParentChanges } from '../../shared/schemas/variants.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { jsonBody, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { docToJson, replaceDocContent } from '../versions/doc-content.ts';
import { sectionChanges } from '../versions/section-changes.ts';

/** Origin of the copy written into a new variant, so logs can tell it from typing. */
export type TailorOrigin = { tailoredFrom: string };

/**
 * `/api/documents/:id/variants` and `…/parent-changes`: template-then-tailor. A variant starts
 * as a copy of its parent and later shows what changed in the parent since it last looked.
 */
export function variantRoutes(services: Services) {
  const { policy, documents, variants, collab, events } = services;

  const authorized = (userId: string, documentId: string, action: Action) => {
    if (!documentIdSchema.safeParse(documentId).success) throw notFound('document');
    const membership = policy.authorizeDocument(userId, documentId, action);
    const document = documents.find(documentId);
    if (!document) throw notFound('document');
    return { membership, document };
  };
  const contentOf = (documentId: string) => collab.read(documentId, docToJson);

  function changesFor(documentId: string): ParentChanges {
    const link = variants.find(documentId);
    const parent = link && documents.find(link.parentId);
    if (!link || !parent) return { parent: null, baselineAt: null, sections: [], changedSections: 0 };
    const sections = sectionChanges(link.baseline, contentOf(parent.id));
    return {
      parent: { id: parent.id, title: parent.title },
      baselineAt: link.baselineAt,
      sections,
      changedSections: sections.filter((s) => s.status !== 'unchanged').length,
    };
  }

  return new Hono<AppEnv>()
    .get('/:id/variants', (c) => {
      authorized(requireAuth(c).user.id, c.req.param('id'), 'read');
      return c.json({ variants: variants.variantsOf(c.req.param('id')) });
    })
    .post('/:id/variants', async (c) => {
      const { user } = requireAuth(c);
      const { membership, document: parent } = authorized(user.id, c.req.param('id'), 'edit');
      const { title } = await jsonBody(c, createVariantBodySchema);
      const content = contentOf(parent.id);
      const variant = documents.create(parent.workspaceId, title);
      const origin: TailorOrigin = { tailoredFrom: parent.id };
      // An empty parent has nothing to copy (and an empty doc node is not valid editor content).
      if (content.content?.length) collab.change(variant.id, (doc) => replaceDocContent(doc, content), origin);
      variants.link(variant.id, parent.id, content, user.id);
      events.publish(parent.workspaceId, { resource: 'documents', action: 'created', id: variant.id, item: variant, actorId: user.id });
      services.activity.record({
        workspaceId: parent.workspaceId,
        actorId: user.id,
        action: 'document.variant.created',
        documentId: variant.id,
        subjectId: parent.id,
        summary: `${variant.title} (from ${parent.title})`,
      });
      return c.json({ ...variant, abilities: abilitiesOf(membership.role), parentId: parent.id }, 201);
    })
    .get('/:id/parent-changes', (c) => {
      const { document } = authorized(requireAuth(c).user.id, c.req.param('id'), 'read');
      return c.json(changesFor(document.id));
    })
    .post('/:id/parent-changes/review', (c) => {
      const { user } = requireAuth(c);
      const { document } = authorized(user.id, c.req.param('id'), 'edit');
      const link = variants.find(document.id);
      if (!link || !documents.find(link.parentId)) throw notFound('parent document');
      variants.setBaseline(document.id, contentOf(link.parentId));
      events.publish(document.workspaceId, { resource: 'documents', action: 'updated', id: document.id, item: document, actorId: user.id });
      return c.json(changesFor(document.id));
    });
}
