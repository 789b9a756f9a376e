import type { User } from '../../shared/schemas/auth.ts';
import type { CompareResult, VersionDetail, VersionSummary } from '../../shared/schemas/versions.ts';
import type { Infrastructure } from '../services.ts';
import { compareDocuments } from '../versions/compare.ts';
import { createVersioning, type VersioningSources } from '../versions/versioning.ts';

export type VersionService = ReturnType<typeof createVersionService>;

/** Naming, opening, comparing and restoring versions of a document. */
export function createVersionService(infrastructure: VersioningSources & Pick<Infrastructure, 'policy' | 'events'>) {
  const { versions, policy, events } = infrastructure;
  const versioning = createVersioning(infrastructure);

  return {
    list(actor: User, documentId: string): VersionSummary[] {
      policy.authorizeDocument(actor.id, documentId, 'read');
      return versions.list(documentId);
    },

    name(actor: User, documentId: string, name: string): VersionSummary {
      const { workspaceId } = policy.authorizeDocument(actor.id, documentId, 'edit');
      const version = versioning.snapshot(documentId, name, 'named', actor.id);
      events.publish(workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: actor.id });
      return version;
    },

    get(actor: User, documentId: string, versionId: string): VersionDetail {
      policy.authorizeDocument(actor.id, documentId, 'read');
      const { state: _state, matrices: _matrices, ...version } = versioning.requireVersion(documentId, versionId);
      return version;
    },

    /** `from` and `to` are version ids, or `current` for the live draft. */
    compare(actor: User, documentId: string, from: string, to: string): CompareResult {
      policy.authorizeDocument(actor.id, documentId, 'read');
      const older = versioning.contentOf(documentId, from);
      const newer = versioning.contentOf(documentId, to);
      return {
        from: { id: older.id, name: older.name },
        to: { id: newer.id, name: newer.name },
        ...compareDocuments(older.content, newer.content),
      };
    },

    restore(actor: User, documentId: string, versionId: string): VersionSummary {
      const { workspaceId } = policy.authorizeDocument(actor.id, documentId, 'edit');
      const version = versioning.restore(documentId, versionId, actor.id);
      events.publish(workspaceId, { resource: 'versions', action: 'created', id: version.id, item: version, actorId: actor.id });
      return version;
    },
  };
}
