import type { User } from '../../shared/schemas/auth.ts';
import type { CompareResult, VersionDetail, VersionSummary } from '../../shared/schemas/versions.ts';
import type { Infrastructure } from '../services.ts';
import { createVersioning, type VersioningSources } from '../versions/versioning.ts';

export type VersionService = ReturnType<typeof createVersionService>;

/** Naming, opening, comparing and restoring versions of a document. */
export function createVersionService(infrastructure: VersioningSources & Pick<Infrastructure, 'policy' | 'events'>) {
  const { versions, policy, events } = infrastructure;
  const versioning = createVersioning(infrastructure);

  return {
    async list(actor: User, documentId: string): Promise<VersionSummary[]> {
      await policy.authorizeDocument(actor.id, documentId, 'read');
      return versions.list(documentId);
    },

    async name(actor: User, documentId: string, name: string): Promise<VersionSummary> {
      const { workspaceId } = await policy.authorizeDocument(actor.id, documentId, 'edit');
      const version = await versioning.snapshot(documentId, name, 'named', actor.id);
      events.publish(workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: actor.id });
      return version;
    },

    async get(actor: User, documentId: string, versionId: string): Promise<VersionDetail> {
      await policy.authorizeDocument(actor.id, documentId, 'read');
      const { state: _state, matrices: _matrices, ...version } = await versioning.requireVersion(documentId, versionId);
      return version;
    },

    /** `from` and `to` are version ids, or `current` for the live draft. */
    async compare(actor: User, documentId: string, from: string, to: string): Promise<CompareResult> {
      await policy.authorizeDocument(actor.id, documentId, 'read');
      const older = await versioning.contentOf(documentId, from);
      const newer = await versioning.contentOf(documentId, to);
      // The diff library loads with the first comparison, not with the server.
      const { compareDocuments } = await import('../versions/compare.ts');
      return {
        from: { id: older.id, name: older.name },
        to: { id: newer.id, name: newer.name },
        ...compareDocuments(older.content, newer.content),
      };
    },

    async restore(actor: User, documentId: string, versionId: string): Promise<VersionSummary> {
      const { workspaceId } = await policy.authorizeDocument(actor.id, documentId, 'edit');
      const version = await versioning.restore(documentId, versionId, actor.id);
      events.publish(workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: actor.id });
      return version;
    },
  };
}
