import { abilitiesOf, type Role } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { DocumentDeletionPreview, DocumentDetail, DocumentSummary } from '../../shared/schemas/documents.ts';
import type { TemplateLanguage } from '../../shared/templates/index.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { workspaceKey } from '../db/locks.ts';
import type { Infrastructure } from '../services.ts';
import { createDocument } from './template-documents.ts';

export type DocumentService = ReturnType<typeof createDocumentService>;

/**
 * Creating, reading, renaming, archiving and deleting documents; their text changes over the
 * sync server.
 */
export function createDocumentService(
  infrastructure: Pick<Infrastructure, 'documents' | 'workspaces' | 'collab' | 'policy' | 'events' | 'activity' | 'bus' | 'locks' | 'imageStorage'>,
) {
  const { documents, policy, events, activity, bus, locks, imageStorage, collab } = infrastructure;

  /** The document with what `role` may do to it, archived or not (its own or its workspace's). */
  async function detailOf(document: DocumentSummary, role: Role): Promise<DocumentDetail> {
    const facts = await policy.documentFacts(document.id);
    return { ...document, abilities: abilitiesOf(role, facts), workspaceArchived: facts.archived === 'workspace' };
  }

  /** Archives (`archived`) or restores a document; a repeat changes nothing. */
  async function setArchived(actor: User, documentId: string, archived: boolean): Promise<DocumentDetail> {
    const membership = await policy.authorizeDocument(actor.id, documentId, 'archive');
    return locks.exclusive(workspaceKey(membership.workspaceId), async () => {
      let document = await documents.find(documentId);
      if (!document) throw notFound('document');
      if ((document.archivedAt !== null) !== archived) {
        document = (await documents.setArchived(documentId, archived ? new Date().toISOString() : null)) ?? document;
        const { workspaceId } = document;
        await activity.record({ workspaceId, actorId: actor.id, action: archived ? 'document.archived' : 'document.restored', documentId, summary: document.title });
        events.publish(workspaceId, { resource: 'documents', action: archived ? 'updated' : 'restored', id: documentId, item: document, actorId: actor.id });
        // Open editors reconnect and are told read-only (or editable again).
        bus.emit({ type: 'archive.changed', workspaceId, documentId });
      }
      return detailOf(document, membership.role);
    });
  }

  /** The document, for an instance administrator about to delete it for good. */
  async function forDeletion(actor: User, documentId: string): Promise<DocumentSummary> {
    policy.authorizeInstance(actor, 'deleteForGood');
    const document = await documents.find(documentId);
    if (!document) throw notFound('document');
    return document;
  }

  return {
    async create(actor: User, workspaceId: string, title: string, templateId?: string, language?: TemplateLanguage): Promise<DocumentDetail> {
      const membership = await policy.authorize(actor.id, workspaceId, 'edit');
      const document = await createDocument(infrastructure, workspaceId, title, templateId, language);
      events.publish(workspaceId, { resource: 'documents', action: 'created', id: document.id, item: document, actorId: actor.id });
      return detailOf(document, membership.role);
    },

    async get(actor: User, documentId: string): Promise<DocumentDetail> {
      const membership = await policy.authorizeDocument(actor.id, documentId, 'read');
      const document = await documents.find(documentId);
      if (!document) throw notFound('document');
      return detailOf(document, membership.role);
    },

    /**
     * The document's text as one Yjs update, for a browser that has no copy of it yet (its
     * first visit on this device), read from storage when nobody has it open (see the
     * registry's `state`).
     */
    async content(actor: User, documentId: string): Promise<Uint8Array> {
      await policy.authorizeDocument(actor.id, documentId, 'read');
      return collab.state(documentId);
    },

    async rename(actor: User, documentId: string, title: string): Promise<DocumentDetail> {
      const membership = await policy.authorizeDocument(actor.id, documentId, 'edit');
      const renamed = await documents.rename(documentId, title);
      if (!renamed) throw notFound('document');
      events.publish(renamed.workspaceId, { resource: 'documents', action: 'updated', id: renamed.id, item: renamed, actorId: actor.id });
      return detailOf(renamed, membership.role);
    },

    /** The language its exports are labelled and dated in (`null`: its workspace's). */
    async setLanguage(actor: User, documentId: string, language: DocumentSummary['language']): Promise<DocumentDetail> {
      const membership = await policy.authorizeDocument(actor.id, documentId, 'edit');
      const changed = await documents.setLanguage(documentId, language);
      if (!changed) throw notFound('document');
      events.publish(changed.workspaceId, { resource: 'documents', action: 'updated', id: changed.id, item: changed, actorId: actor.id });
      return detailOf(changed, membership.role);
    },

    /** Read-only and out of the workspace's list until restored; its versions and threads stay. */
    archive: (actor: User, documentId: string): Promise<DocumentDetail> => setArchived(actor, documentId, true),
    restore: (actor: User, documentId: string): Promise<DocumentDetail> => setArchived(actor, documentId, false),

    async deletionPreview(actor: User, documentId: string): Promise<DocumentDeletionPreview> {
      const document = await forDeletion(actor, documentId);
      return { title: document.title, ...(await documents.contents(documentId)) };
    },

    /**
     * Deletes an archived document (or one of an archived workspace) and everything it holds —
     * stored text, versions, threads, signatures, links, images — in one transaction, then the
     * image files no other document uses; the workspace's activity record names it, and its
     * open editors are closed.
     */
    async remove(actor: User, documentId: string): Promise<void> {
      const document = await forDeletion(actor, documentId);
      const { workspaceId } = document;
      // Not while the document or its workspace is being restored.
      const imageFiles = await locks.exclusive(workspaceKey(workspaceId), async () => {
        if (document.archivedAt === null && !(await infrastructure.workspaces.find(workspaceId))?.archivedAt) {
          throw new HttpError(409, 'not_archived', 'archive the document before deleting it for good');
        }
        const files = await imageStorage.filesOf([documentId]);
        await documents.remove(documentId);
        await activity.record({ workspaceId, actorId: actor.id, action: 'document.deleted', documentId, summary: document.title });
        events.publish(workspaceId, { resource: 'documents', action: 'deleted', id: documentId, actorId: actor.id });
        bus.emit({ type: 'documents.deleted', documentIds: [documentId] });
        return files;
      });
      await imageStorage.release(imageFiles);
    },
  };
}
