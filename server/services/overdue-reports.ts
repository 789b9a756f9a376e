import type { MeasureMonitoring } from '../../shared/schemas/monitoring.ts';
import type { Institution, Member } from '../../shared/schemas/workspaces.ts';
import type { MonitoringRepository } from '../db/monitoring-repository.ts';
import type { Infrastructure } from '../services.ts';
import { excerpt } from './notifications.ts';
import type { MonitoringService } from './monitoring.ts';

export type OverdueSources = Pick<Infrastructure, 'workspaces' | 'members' | 'institutions' | 'notifications' | 'events' | 'logger'> & {
  monitoring: MonitoringRepository;
  monitoringService: Pick<MonitoringService, 'measuresOf'>;
};

const folded = (name: string): string => name.trim().toLocaleLowerCase();
const earliest = (a: string | null, b: string): string => (a !== null && a < b ? a : b);

/**
 * Who answers for a measure's reports: the members of its responsible institution (named in the
 * action plan), or of one of its departments. When nobody sits in that institution, the leads
 * (facilitator, chair), so an overdue report never goes unannounced.
 */
export function responsibleMembers(responsible: string, members: readonly Member[], institutions: readonly Institution[]): Member[] {
  const name = folded(responsible);
  const byId = new Map(institutions.map((institution) => [institution.id, institution]));
  const inIt = (institutionId: string | null): boolean => {
    const institution = institutionId ? byId.get(institutionId) : undefined;
    if (!institution) return false;
    const parent = institution.parentId ? byId.get(institution.parentId) : undefined;
    return folded(institution.name) === name || (parent !== undefined && folded(parent.name) === name);
  };
  const own = name === '' ? [] : members.filter((member) => inIt(member.institutionId));
  return own.length > 0 ? own : members.filter((member) => member.role === 'facilitator' || member.role === 'chair');
}

/**
 * Announces every overdue period report not yet announced (once per measure and period, to the
 * responsible members' bells) and says when the next report falls due, so the caller can sleep
 * until then instead of polling. Archived workspaces are read-only: nothing is announced there.
 */
export async function sweepOverdueReports(sources: OverdueSources): Promise<{ announced: number; nextDue: string | null }> {
  const { workspaces, members, institutions, notifications, events, monitoring, monitoringService } = sources;
  let announced = 0;
  let nextDue: string | null = null;
  for (const workspaceId of await monitoring.monitoredWorkspaceIds()) {
    const workspace = await workspaces.find(workspaceId);
    if (!workspace || workspace.archivedAt !== null) continue;
    const measures = await monitoringService.measuresOf(workspaceId);
    let people: { members: Member[]; institutions: Institution[] } | undefined;
    for (const measure of measures) {
      for (const period of measure.periods) {
        if (period.state === 'open' || period.state === 'upcoming') nextDue = earliest(nextDue, period.due);
        if (period.state !== 'overdue' || !(await monitoring.noteOverdue(measure.id, period.key))) continue;
        people ??= { members: await members.listActive(workspaceId), institutions: await institutions.list(workspaceId) };
        announced += await announce(workspaceId, measure, period.key, responsibleMembers(measure.responsibleInstitution, people.members, people.institutions));
      }
    }
  }
  return { announced, nextDue };

  async function announce(workspaceId: string, measure: MeasureMonitoring, periodKey: string, recipients: Member[]): Promise<number> {
    for (const member of recipients) {
      await notifications.add({
        userId: member.userId,
        kind: 'reportOverdue',
        workspaceId,
        documentId: '',
        threadId: measure.id,
        actorName: '',
        excerpt: excerpt(`${measure.title} — ${periodKey}`),
      });
      events.publishToUser(member.userId, { resource: 'notifications', action: 'created' });
    }
    return recipients.length;
  }
}
