import * as Y from 'yjs';
import type { PmNode, VersionKind, VersionSummary } from '../../shared/schemas/versions.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { contentKey, docToJson, replaceDocContent } from './doc-content.ts';
import { snapshotMatrices } from './matrices-snapshot.ts';

/** Origin of server-side restores, so logs and observers can tell them from typing. */
export type RestoreOrigin = { restoredBy: string; versionId: string };

export type VersioningSources = Pick<Infrastructure, 'versions' | 'documents' | 'collab' | 'matrixItems'>;
export type Versioning = ReturnType<typeof createVersioning>;

/**
 * The live text of documents and the versions frozen from it, shared by the features that read
 * or freeze text (versions, validation, export, public links). No authorization here: the
 * services using it authorize first.
 */
export function createVersioning({ versions, documents, collab, matrixItems }: VersioningSources) {
  const current = (documentId: string) =>
    collab.read(documentId, (doc) => ({ state: Y.encodeStateAsUpdate(doc), content: docToJson(doc) }));

  function requireVersion(documentId: string, versionId: string) {
    const version = versions.find(documentId, versionId);
    if (!version) throw notFound('version');
    return version;
  }

  /** Freezes the current text, with the workspace's matrices as they are now. */
  function snapshot(documentId: string, name: string, kind: VersionKind, authorId: string | null): VersionSummary {
    const document = documents.find(documentId);
    if (!document) throw notFound('document');
    const { state, content } = current(documentId);
    const matrices = snapshotMatrices(matrixItems.listAll(document.workspaceId));
    return versions.create({ documentId, name, kind, state, content, matrices, authorId });
  }

  return {
    current,
    requireVersion,
    snapshot,

    /** Content of a version id, or of the live draft for `current`. */
    contentOf(documentId: string, versionId: string): { id: string; name: string; content: PmNode } {
      if (versionId === 'current') return { id: 'current', name: 'current', content: current(documentId).content };
      const version = requireVersion(documentId, versionId);
      return { id: version.id, name: version.name, content: version.content };
    },

    /**
     * Brings back an old version's text as a new change on top of the history: open editors
     * receive it live like anyone's edit, and the result is recorded as a version.
     */
    restore(documentId: string, versionId: string, userId: string): VersionSummary {
      const version = requireVersion(documentId, versionId);
      const origin: RestoreOrigin = { restoredBy: userId, versionId };
      collab.change(documentId, (doc) => replaceDocContent(doc, version.content), origin);
      return snapshot(documentId, version.name, 'restore', userId);
    },
  };
}

/** An automatic checkpoint, skipped when the text has not changed since the latest version. */
export function takeCheckpoint(
  infrastructure: VersioningSources & Pick<Infrastructure, 'workspaces' | 'events'>,
  documentId: string,
  authorId: string | null,
): void {
  const document = infrastructure.documents.find(documentId);
  if (!document) return;
  const versioning = createVersioning(infrastructure);
  const latest = infrastructure.versions.latestContent(documentId);
  if (latest !== undefined && contentKey(JSON.parse(latest) as PmNode) === contentKey(versioning.current(documentId).content)) return;
  const language = infrastructure.workspaces.find(document.workspaceId)?.language;
  const version = versioning.snapshot(documentId, language === 'fr' ? 'Point de sauvegarde automatique' : 'Automatic checkpoint', 'checkpoint', authorId);
  infrastructure.events.publish(document.workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version });
}

/**
 * After edits settle, tells viewers of a document that has signatures to refresh its ladder,
 * so "needs re-validation" appears without a reload. Unsigned documents publish nothing.
 */
export function announceTextChange(infrastructure: Pick<Infrastructure, 'validation' | 'documents' | 'events'>, documentId: string): void {
  if (infrastructure.validation.latestSignatures(documentId).size === 0) return;
  const document = infrastructure.documents.find(documentId);
  if (document) infrastructure.events.publish(document.workspaceId, { resource: 'validation', action: 'changed', id: documentId });
}
