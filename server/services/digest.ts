import type { User } from '../../shared/schemas/auth.ts';
import type { Digest } from '../../shared/schemas/practice.ts';
import type { VisitRepository } from '../db/visit-repository.ts';
import type { Infrastructure } from '../services.ts';
import { assembleDigest, DIGEST_ROWS_READ_PER_KIND, emptyDigest, type OverdueReports } from './digest-assembly.ts';

/** Opening the home again within this time continues the same visit: the digest stays. */
export const VISIT_GAP_MS = 30 * 60 * 1000;

export type DigestService = ReturnType<typeof createDigestService>;

/**
 * "Since you were last here": each member's visits of a workspace, kept on the server (the
 * member is the session's), and what others did between two visits.
 */
export function createDigestService(
  { policy, visits, now = Date.now }: Pick<Infrastructure, 'policy'> & { visits: VisitRepository; now?: () => number },
  overdueReports?: OverdueReports,
) {
  const stamp = () => new Date(now()).toISOString();
  return {
    async visit(actor: User, workspaceId: string): Promise<Digest> {
      await policy.authorize(actor.id, workspaceId, 'read');
      const since = await visits.visit(workspaceId, actor.id, stamp(), VISIT_GAP_MS);
      if (since === null) return emptyDigest();
      const rows = await visits.since(workspaceId, actor.id, since, DIGEST_ROWS_READ_PER_KIND);
      const overdue = overdueReports ? await overdueReports(workspaceId, DIGEST_ROWS_READ_PER_KIND) : [];
      return assembleDigest(rows, { readerId: actor.id, since, overdue });
    },
    async dismiss(actor: User, workspaceId: string): Promise<void> {
      await policy.authorize(actor.id, workspaceId, 'read');
      await visits.dismiss(workspaceId, actor.id, stamp());
    },
  };
}
