import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { DocumentSummary } from '../../shared/schemas/documents.ts';
import type { ParentChanges, TailoredVariant, VariantSummary } from '../../shared/schemas/variants.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { docToJson } from '../versions/doc-content.ts';

/** Origin of the copy written into a new variant, so logs can tell it from typing. */
export type TailorOrigin = { tailoredFrom: string };

export type VariantService = ReturnType<typeof createVariantService>;

/**
 * Template-then-tailor: a variant starts as a copy of its parent and later shows what changed
 * in the parent since it last looked.
 */
export function createVariantService(infrastructure: Pick<Infrastructure, 'policy' | 'documents' | 'variants' | 'collab' | 'events' | 'activity'>) {
  const { policy, documents, variants, collab, events, activity } = infrastructure;

  const contentOf = async (documentId: string): Promise<PmNode> => collab.read(documentId, docToJson);

  async function existing(documentId: string): Promise<DocumentSummary> {
    const document = await documents.find(documentId);
    if (!document) throw notFound('document');
    return document;
  }

  async function changesFor(documentId: string): Promise<ParentChanges> {
    const link = await variants.find(documentId);
    const parent = link && (await documents.find(link.parentId));
    if (!link || !parent) return { parent: null, baselineAt: null, sections: [], changedSections: 0 };
    // The diff library loads with the first comparison, not with the server.
    const { sectionChanges } = await import('../versions/section-changes.ts');
    const sections = sectionChanges(link.baseline, await contentOf(parent.id));
    return {
      parent: { id: parent.id, title: parent.title },
      baselineAt: link.baselineAt,
      sections,
      changedSections: sections.filter((s) => s.status !== 'unchanged').length,
    };
  }

  return {
    async list(actor: User, documentId: string): Promise<VariantSummary[]> {
      await policy.authorizeDocument(actor.id, documentId, 'read');
      return variants.variantsOf(documentId);
    },

    /** A new document of the parent's workspace, starting as a copy of the parent's text. */
    async tailor(actor: User, parentId: string, title: string): Promise<TailoredVariant> {
      const { role } = await policy.authorizeDocument(actor.id, parentId, 'edit');
      const parent = await existing(parentId);
      const content = await contentOf(parent.id);
      const variant = await documents.create(parent.workspaceId, title);
      const origin: TailorOrigin = { tailoredFrom: parent.id };
      // An empty parent has nothing to copy (and an empty doc node is not valid editor content).
      if (content.content?.length) {
        const { replaceDocContent } = await import('../versions/doc-replace.ts');
        await collab.change(variant.id, (doc) => replaceDocContent(doc, content), origin);
      }
      await variants.link(variant.id, parent.id, content, actor.id);
      events.publish(parent.workspaceId, { resource: 'documents', action: 'created', id: variant.id, item: variant, actorId: actor.id });
      await activity.record({
        workspaceId: parent.workspaceId,
        actorId: actor.id,
        action: 'document.variant.created',
        documentId: variant.id,
        subjectId: parent.id,
        summary: `${variant.title} (from ${parent.title})`,
      });
      // Tailoring takes `edit`, which an archived workspace allows nobody.
      return { ...variant, abilities: abilitiesOf(role), workspaceArchived: false, parentId: parent.id };
    },

    async parentChanges(actor: User, documentId: string): Promise<ParentChanges> {
      await policy.authorizeDocument(actor.id, documentId, 'read');
      return changesFor((await existing(documentId)).id);
    },

    /** Takes in the parent's current text as the variant's new baseline. */
    async markParentChangesReviewed(actor: User, documentId: string): Promise<ParentChanges> {
      await policy.authorizeDocument(actor.id, documentId, 'edit');
      const document = await existing(documentId);
      const link = await variants.find(document.id);
      if (!link || !(await documents.find(link.parentId))) throw notFound('parent document');
      await variants.setBaseline(document.id, await contentOf(link.parentId));
      events.publish(document.workspaceId, { resource: 'documents', action: 'updated', id: document.id, item: document, actorId: actor.id });
      return changesFor(document.id);
    },
  };
}
