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
    async list(actor: User, documentId: string): Promise<PublicLink[]> {
      await authorized(actor, documentId);
      return publicLinks.listForDocument(documentId);
    },

    async publish(actor: User, documentId: string, versionId: string): Promise<PublishedLink> {
      const { workspaceId } = await authorized(actor, documentId);
      const version = await versioning.requireVersion(documentId, versionId);
      // Only validated text goes public: a draft is the core group's working material.
      if (version.signedSteps.length === 0) {
        throw new HttpError(409, 'not_validated', 'only a version with a signed validation step can be published');
      }
      const { link, token } = await publicLinks.create(version.id, actor.id);
      events.publish(workspaceId, { resource: 'publicLinks', action: 'created', id: link.id, item: link, actorId: actor.id });
      return { ...link, url: `${infrastructure.publicOrigin}/p/${token}` };
    },

    async revoke(actor: User, documentId: string, linkId: string): Promise<void> {
      const { workspaceId } = await authorized(actor, documentId);
      if (!(await publicLinks.revoke(documentId, linkId))) throw notFound('public link');
      events.publish(workspaceId, { resource: 'publicLinks', action: 'deleted', id: linkId, actorId: actor.id });
    },

    /** The published version as a script-free web page; undefined for an unknown or revoked token. */
    async page(token: string): Promise<string | undefined> {
      const target = await publicLinks.resolve(token);
      if (!target) return undefined;
      const model = await buildExportModel(infrastructure, versioning, target.documentId, target.versionId);
      return renderHtml({ ...model, comments: [] });
    },
  };
}
