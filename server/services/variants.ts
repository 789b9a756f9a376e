import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { ParentChanges, TailoredVariant, VariantSummary } from '../../shared/schemas/variants.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { docToJson, replaceDocContent } from '../versions/doc-content.ts';
import { sectionChanges } from '../versions/section-changes.ts';

/** Origin of the copy written into a new variant, so logs can tell it from typing. */
export type TailorOrigin = { tailoredFrom: string };

export type VariantService = ReturnType<typeof createVariantService>;

/**
 * Template-then-tailor: a variant starts as a copy of its parent and later shows what changed
 * in the parent since it last looked.
 */
export function createVariantService(infrastructure: Pick<Infrastructure, 'policy' | 'documents' | 'variants' | 'collab' | 'events' | 'activity'>) {
  const { policy, documents, variants, collab, events, activity } = infrastructure;

  const contentOf = (documentId: string) => collab.read(documentId, docToJson);

  function existing(documentId: string) {
    const document = documents.find(documentId);
    if (!document) throw notFound('document');
    return document;
  }

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

  return {
    list(actor: User, documentId: string): VariantSummary[] {
      policy.authorizeDocument(actor.id, documentId, 'read');
      return variants.variantsOf(documentId);
    },

    /** A new document of the parent's workspace, starting as a copy of the parent's text. */
    tailor(actor: User, parentId: string, title: string): TailoredVariant {
      const { role } = policy.authorizeDocument(actor.id, parentId, 'edit');
      const parent = existing(parentId);
      const content = contentOf(parent.id);
      const variant = documents.create(parent.workspaceId, title);
      const origin: TailorOrigin = { tailoredFrom: parent.id };
      // An empty parent has nothing to copy (and an empty doc node is not valid editor content).
      if (content.content?.length) collab.change(variant.id, (doc) => replaceDocContent(doc, content), origin);
      variants.link(variant.id, parent.id, content, actor.id);
      events.publish(parent.workspaceId, { resource: 'documents', action: 'created', id: variant.id, item: variant, actorId: actor.id });
      activity.record({
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

    parentChanges(actor: User, documentId: string): ParentChanges {
      policy.authorizeDocument(actor.id, documentId, 'read');
      return changesFor(existing(documentId).id);
    },

    /** Takes in the parent's current text as the variant's new baseline. */
    markParentChangesReviewed(actor: User, documentId: string): ParentChanges {
      policy.authorizeDocument(actor.id, documentId, 'edit');
      const document = existing(documentId);
      const link = variants.find(document.id);
      if (!link || !documents.find(link.parentId)) throw notFound('parent document');
      variants.setBaseline(document.id, contentOf(link.parentId));
      events.publish(document.workspaceId, { resource: 'documents', action: 'updated', id: document.id, item: document, actorId: actor.id });
      return changesFor(document.id);
    },
  };
}
