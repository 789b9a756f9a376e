import * as Y from 'yjs';
import type { PmNode, VersionKind, VersionSummary } from '../../shared/schemas/versions.ts';
import type { NewVersion, StoredVersion } from '../db/version-repository.ts';
import { notFound } from '../http/errors.ts';
import { serverText } from '../i18n/server-text.ts';
import type { Infrastructure } from '../services.ts';
import { contentKey, docToJson } from './doc-content.ts';
import { snapshotMatrices } from './matrices-snapshot.ts';

/** Origin of server-side restores, so logs and observers can tell them from typing. */
export type RestoreOrigin = { restoredBy: string; versionId: string };

export type VersioningSources = Pick<Infrastructure, 'versions' | 'documents' | 'collab' | 'matrixItems'>;
export type Versioning = ReturnType<typeof createVersioning>;

/** A document's live text: its Yjs state and the same as ProseMirror JSON. */
export type LiveText = { state: Uint8Array; content: PmNode };

/**
 * The live text of documents and the versions frozen from it, shared by the features that read
 * or freeze text (versions, validation, export, public links). No authorization here: the
 * services using it authorize first.
 */
export function createVersioning({ versions, documents, collab, matrixItems }: VersioningSources) {
  const current = async (documentId: string): Promise<LiveText> =>
    collab.read(documentId, (doc) => ({ state: Y.encodeStateAsUpdate(doc), content: docToJson(doc) }));

  async function requireVersion(documentId: string, versionId: string): Promise<StoredVersion> {
    const version = await versions.find(documentId, versionId);
    if (!version) throw notFound('version');
    return version;
  }

  /**
   * The current text (or `live`, when the caller has read it already) with the workspace's
   * matrices as they are now: a version ready to be written.
   */
  async function freeze(documentId: string, name: string, kind: VersionKind, authorId: string | null, live?: LiveText): Promise<NewVersion> {
    const document = await documents.find(documentId);
    if (!document) throw notFound('document');
    const { state, content } = live ?? (await current(documentId));
    const matrices = snapshotMatrices(await matrixItems.listAll(document.workspaceId));
    return { documentId, name, kind, state, content, matrices, authorId };
  }

  /** Freezes the current text, with the workspace's matrices as they are now. */
  async function snapshot(documentId: string, name: string, kind: VersionKind, authorId: string | null): Promise<VersionSummary> {
    return versions.create(await freeze(documentId, name, kind, authorId));
  }

  return {
    current,
    requireVersion,
    freeze,
    snapshot,

    /** Content of a version id, or of the live draft for `current`. */
    async contentOf(documentId: string, versionId: string): Promise<{ id: string; name: string; content: PmNode }> {
      if (versionId === 'current') return { id: 'current', name: 'current', content: (await current(documentId)).content };
      const version = await requireVersion(documentId, versionId);
      return { id: version.id, name: version.name, content: version.content };
    },

    /**
     * Brings back an old version's text as a new change on top of the history: open editors
     * receive it live like anyone's edit, and the result is recorded as a version.
     */
    async restore(documentId: string, versionId: string, userId: string): Promise<VersionSummary> {
      const version = await requireVersion(documentId, versionId);
      const origin: RestoreOrigin = { restoredBy: userId, versionId };
      const { replaceDocContent } = await import('./doc-replace.ts');
      await collab.change(documentId, (doc) => replaceDocContent(doc, version.content), origin);
      return snapshot(documentId, version.name, 'restore', userId);
    },
  };
}

/**
 * An automatic checkpoint, skipped when the text has not changed since the latest version (the
 * version repository checks that under the document's lock).
 */
export async function takeCheckpoint(
  infrastructure: VersioningSources & Pick<Infrastructure, 'workspaces' | 'events'>,
  documentId: string,
  authorId: string | null,
): Promise<void> {
  const document = await infrastructure.documents.find(documentId);
  if (!document) return;
  const language = (await infrastructure.workspaces.find(document.workspaceId))?.language;
  const name = serverText(language ?? 'en').automaticCheckpoint;
  const checkpoint = await createVersioning(infrastructure).freeze(documentId, name, 'checkpoint', authorId);
  const key = contentKey(checkpoint.content);
  const version = await infrastructure.versions.createIfChanged(checkpoint, (latest) => contentKey(latest) === key);
  if (version) infrastructure.events.publish(document.workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version });
}

/**
 * After edits settle, tells viewers of a document that has signatures to refresh its ladder,
 * so "needs re-validation" appears without a reload. Unsigned documents publish nothing.
 */
export async function announceTextChange(infrastructure: Pick<Infrastructure, 'validation' | 'documents' | 'events'>, documentId: string): Promise<void> {
  if ((await infrastructure.validation.latestSignatures(documentId)).size === 0) return;
  const document = await infrastructure.documents.find(documentId);
  if (document) infrastructure.events.publish(document.workspaceId, { resource: 'validation', action: 'changed', id: documentId });
}
