import * as Y from 'yjs';
import { can, type Role } from '../../shared/policy/abilities.ts';
import type { Ladder, StepStatus } from '../../shared/schemas/validation.ts';
import type { PmNode, VersionKind, VersionSummary } from '../../shared/schemas/versions.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { contentKey, docToJson, replaceDocContent } from './doc-content.ts';
import { snapshotMatrices } from './matrices-snapshot.ts';

/** Origin of server-side restores, so logs and observers can tell them from typing. */
export type RestoreOrigin = { restoredBy: string; versionId: string };

export type Versioning = ReturnType<typeof createVersioning>;

/** Use cases of versions and validation that span the sync server and several tables. */
export function createVersioning(services: Services) {
  const { versions, validation, collab, documents, db } = services;

  const current = (documentId: string) =>
    collab.read(documentId, (doc) => ({ state: Y.encodeStateAsUpdate(doc), content: docToJson(doc) }));

  function requireVersion(documentId: string, versionId: string) {
    const version = versions.find(documentId, versionId);
    if (!version) throw notFound('version');
    return version;
  }

  function snapshot(documentId: string, name: string, kind: VersionKind, authorId: string | null): VersionSummary {
    const document = documents.find(documentId);
    if (!document) throw notFound('document');
    const { state, content } = current(documentId);
    return versions.create({
      documentId,
      name,
      kind,
      state,
      content,
      matrices: snapshotMatrices(db, document.workspaceId),
      authorId,
    });
  }

  function ladder(workspaceId: string, documentId: string, role: Role | null): Ladder {
    const steps = validation.steps(workspaceId);
    const signatures = validation.latestSignatures(documentId);
    const currentKey = contentKey(current(documentId).content);
    const contentOf = new Map<string, string>();
    const statuses = steps.map((step): StepStatus => {
      const signature = signatures.get(step.id);
      if (!signature) return 'pending';
      let key = contentOf.get(signature.versionId);
      if (key === undefined) {
        key = contentKey(requireVersion(documentId, signature.versionId).content);
        contentOf.set(signature.versionId, key);
      }
      return key === currentKey ? 'signed' : 'needsRevalidation';
    });
    const firstOpen = statuses.findIndex((status) => status !== 'signed');
    const currentIndex = firstOpen === -1 ? steps.length : firstOpen;
    return {
      documentId,
      currentIndex,
      steps: steps.map((step, index) => ({
        id: step.id,
        position: step.position,
        name: step.name,
        signerRole: step.signerRole,
        signature: signatures.get(step.id) ?? null,
        status: statuses[index] ?? 'pending',
        // Steps are signed in order: only the first one not validly signed can be signed now.
        canSign: index === currentIndex && can(role, 'signValidation', { signerRole: step.signerRole }),
      })),
    };
  }

  return {
    current,
    requireVersion,
    snapshot,
    ladder,

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

    /** Signs the ladder's current step on the current text, freezing it as a version. */
    sign(workspaceId: string, documentId: string, stepId: string, userId: string, role: Role, note: string) {
      const before = ladder(workspaceId, documentId, role);
      const index = before.steps.findIndex((step) => step.id === stepId);
      const step = before.steps[index];
      if (!step) throw notFound('validation step');
      if (index !== before.currentIndex) {
        throw new HttpError(409, 'validation_out_of_order', 'steps are signed in order: sign the earlier steps first');
      }
      const version = snapshot(documentId, step.name, 'validation', userId);
      validation.sign(step.id, documentId, version.id, userId, note);
      return { version, ladder: ladder(workspaceId, documentId, role) };
    },

    /** Is this content the text of the latest valid signature? Exports drop the draft mark then. */
    isValidated(documentId: string, versionId: string | undefined): boolean {
      const signatures = [...validation.latestSignatures(documentId).values()];
      if (versionId !== undefined) return (versions.find(documentId, versionId)?.signedSteps.length ?? 0) > 0;
      const key = contentKey(current(documentId).content);
      return signatures.some((s) => contentKey(requireVersion(documentId, s.versionId).content) === key);
    },
  };
}

/** An automatic checkpoint, skipped when the text has not changed since the latest version. */
export function takeCheckpoint(services: Services, documentId: string, authorId: string | null): void {
  if (!services.documents.find(documentId)) return;
  const versioning = createVersioning(services);
  const latest = services.versions.latestContent(documentId);
  if (latest !== undefined && contentKey(JSON.parse(latest) as PmNode) === contentKey(versioning.current(documentId).content)) return;
  const language = services.workspaces.find(services.documents.find(documentId)?.workspaceId ?? '')?.language;
  const version = versioning.snapshot(documentId, language === 'fr' ? 'Point de sauvegarde automatique' : 'Automatic checkpoint', 'checkpoint', authorId);
  const document = services.documents.find(documentId);
  if (document) services.events.publish(document.workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version });
}

/**
 * After edits settle, tells viewers of a document that has signatures to refresh its ladder,
 * so "needs re-validation" appears without a reload. Unsigned documents publish nothing.
 */
export function announceTextChange(services: Services, documentId: string): void {
  if (services.validation.latestSignatures(documentId).size === 0) return;
  const document = services.documents.find(documentId);
  if (document) services.events.publish(document.workspaceId, { resource: 'validation', action: 'changed', id: documentId });
}
