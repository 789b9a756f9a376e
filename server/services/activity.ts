import type { ActivityEntry, ActivityFilter } from '../../shared/schemas/activity.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { Infrastructure } from '../services.ts';

const CSV_HEADER = ['at', 'last at', 'who', 'action', 'document', 'subject', 'count', 'summary'];

export type ActivityService = ReturnType<typeof createActivityService>;

/**
 * Reading a workspace's activity record. Features record into it themselves
 * (`activity.record`), within the use case that did the thing recorded.
 */
export function createActivityService({ activity, policy, editRecorder }: Pick<Infrastructure, 'activity' | 'policy' | 'editRecorder'>) {
  const entries = async (workspaceId: string, filter: ActivityFilter): Promise<ActivityEntry[]> => {
    // Edit sessions still open count their latest updates too.
    await editRecorder.flushAll();
    return activity.list(workspaceId, filter);
  };

  return {
    async list(actor: User, workspaceId: string, filter: ActivityFilter): Promise<ActivityEntry[]> {
      await policy.authorize(actor.id, workspaceId, 'read');
      return entries(workspaceId, filter);
    },

    /** The same entries as a table for the CSV export, header first. */
    async table(actor: User, workspaceId: string, filter: ActivityFilter): Promise<Array<Array<string | number | null>>> {
      await policy.authorize(actor.id, workspaceId, 'export');
      const rows = (await entries(workspaceId, filter)).map((e) => [e.at, e.lastAt, e.actorName, e.action, e.documentId, e.subjectId, e.count, e.summary]);
      return [CSV_HEADER, ...rows];
    },
  };
}
