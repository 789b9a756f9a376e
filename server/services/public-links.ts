import type { User } from '../../shared/schemas/auth.ts';
import type { PublicLink, PublishedLink } from '../../shared/schemas/public-links.ts';
import { buildExportModel, type ExportSources } from '../export/build-model.ts';
import { renderHtml } from '../export/html.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { createVersioning, type VersioningSources } from '../versions/versioning.ts';

export type PublicLinkService = ReturnType<typeof createPublicLinkService>;

/**
 * Facilitators and chairs publish a validated version read-only at `/p/<token>`, and can revoke
 * the link at any time. The token is in the address answered once; events and lists never carry it.
 */
export function createPublicLinkService(
  infrastructure: ExportSources & VersioningSources & Pick<Infrastructure, 'policy' | 'publicLinks' | 'events' | 'publicOrigin'>,
) {
  const { policy, publicLinks, events } = infrastructure;
  const versioning = createVersioning(infrastructure);
  const authorized = (actor: User, documentId: string) => policy.authorizeDocument(actor.id, documentId, 'manageWorkspace');

  return {
    list(actor: User, documentId: string): PublicLink[] {
      authorized(actor, documentId);
      return publicLinks.listForDocument(documentId);
    },

    publish(actor: User, documentId: string, versionId: string): PublishedLink {
      const { workspaceId } = authorized(actor, documentId);
      const version = versioning.requireVersion(documentId, versionId);
      // Only validated text goes public: a draft is the core group's working material.
      if (version.signedSteps.length === 0) {
        throw new HttpError(409, 'not_validated', 'only a version with a signed validation step can be published');
      }
      const { link, token } = publicLinks.create(version.id, actor.id);
      events.publish(workspaceId, { resource: 'publicLinks', action: 'created', id: link.id, item: link, actorId: actor.id });
      return { ...link, url: `${infrastructure.publicOrigin}/p/${token}` };
    },

    revoke(actor: User, documentId: string, linkId: string): void {
      const { workspaceId } = authorized(actor, documentId);
      if (!publicLinks.revoke(documentId, linkId)) throw notFound('public link');
      events.publish(workspaceId, { resource: 'publicLinks', action: 'deleted', id: linkId, actorId: actor.id });
    },

    /** The published version as a script-free web page; undefined for an unknown or revoked token. */
    page(token: string): string | undefined {
      const target = publicLinks.resolve(token);
      if (!target) return undefined;
      const model = buildExportModel(infrastructure, versioning, target.documentId, target.versionId);
      return renderHtml({ ...model, comments: [] });
    },
  };
}
