import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { DocumentDetail } from '../../shared/schemas/documents.ts';
import type { TemplateLanguage } from '../../shared/templates/index.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { createDocument } from './template-documents.ts';

export type DocumentService = ReturnType<typeof createDocumentService>;

/** Creating, reading and renaming documents; their text changes over the sync server. */
export function createDocumentService(infrastructure: Pick<Infrastructure, 'documents' | 'workspaces' | 'collab' | 'policy' | 'events'>) {
  const { documents, policy, events } = infrastructure;

  return {
    create(actor: User, workspaceId: string, title: string, templateId?: string, language?: TemplateLanguage): DocumentDetail {
      const membership = policy.authorize(actor.id, workspaceId, 'edit');
      const document = createDocument(infrastructure, workspaceId, title, templateId, language);
      events.publish(workspaceId, { resource: 'documents', action: 'created', id: document.id, item: document, actorId: actor.id });
      return { ...document, abilities: abilitiesOf(membership.role) };
    },

    get(actor: User, documentId: string): DocumentDetail {
      const membership = policy.authorizeDocument(actor.id, documentId, 'read');
      const document = documents.find(documentId);
      if (!document) throw notFound('document');
      return { ...document, abilities: abilitiesOf(membership.role) };
    },

    rename(actor: User, documentId: string, title: string): DocumentDetail {
      const membership = policy.authorizeDocument(actor.id, documentId, 'edit');
      const renamed = documents.rename(documentId, title);
      if (!renamed) throw notFound('document');
      events.publish(renamed.workspaceId, { resource: 'documents', action: 'updated', id: renamed.id, item: renamed, actorId: actor.id });
      return { ...renamed, abilities: abilitiesOf(membership.role) };
    },
  };
}
