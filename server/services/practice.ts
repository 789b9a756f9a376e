import { PRACTICE_CRITERIA, PRACTICE_LIMITS } from '../../shared/practice/criteria.ts';
import { abilitiesOf } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { AssessPracticeBody, PracticeAssessment, PracticeOverview } from '../../shared/schemas/practice.ts';
import { snapshotOf, type PracticeRepository } from '../db/practice-repository.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';

export type PracticeService = ReturnType<typeof createPracticeService>;

/**
 * The good-practice self-assessment: leads record dated snapshots of the ten criteria, everyone
 * reads them and how they moved, and anyone who may export takes them away as a Word document.
 */
export function createPracticeService({
  policy,
  workspaces,
  activity,
  locks,
  practice,
}: Pick<Infrastructure, 'policy' | 'workspaces' | 'activity' | 'locks'> & { practice: PracticeRepository }) {
  return {
    async overview(actor: User, workspaceId: string): Promise<PracticeOverview> {
      const membership = await policy.authorize(actor.id, workspaceId, 'read');
      const newest = await practice.newest(workspaceId);
      return {
        latest: newest[0] ?? null,
        history: newest.map(snapshotOf),
        total: await practice.count(workspaceId),
        abilities: abilitiesOf(membership.role, await policy.archiveFacts(workspaceId)),
      };
    },

    async assess(actor: User, workspaceId: string, body: AssessPracticeBody): Promise<PracticeAssessment> {
      await policy.authorize(actor.id, workspaceId, 'assessPractice');
      // Counted, then written: one snapshot at a time per workspace keeps the bound exact.
      const id = await locks.exclusive(`practice:${workspaceId}`, async () => {
        if ((await practice.count(workspaceId)) >= PRACTICE_LIMITS.assessmentsPerWorkspace) {
          throw new HttpError(409, 'too_many_assessments', `a workspace keeps at most ${PRACTICE_LIMITS.assessmentsPerWorkspace} self-assessments`);
        }
        // Stored in the criteria's order, whatever order they were sent in.
        const ratings = PRACTICE_CRITERIA.flatMap((criterion) => body.ratings.filter((r) => r.criterion === criterion)).map((r) => ({
          criterion: r.criterion,
          score: r.score,
          evidence: r.evidence ?? '',
          comment: r.comment ?? '',
        }));
        return practice.record(workspaceId, ratings, actor.id);
      });
      const assessment = await practice.find(workspaceId, id);
      if (!assessment) throw notFound('assessment');
      await activity.record({ workspaceId, actorId: actor.id, action: 'practice.assessed', subjectId: id, summary: `${assessment.ratings.length}/10` });
      return assessment;
    },

    async exportDocx(actor: User, workspaceId: string): Promise<{ body: Buffer; fileName: string }> {
      await policy.authorize(actor.id, workspaceId, 'export');
      const workspace = await workspaces.find(workspaceId);
      if (!workspace) throw notFound('workspace');
      // The docx library loads with the first export, not with the server.
      const { practiceDocx } = await import('../export/practice-docx.ts');
      const body = await practiceDocx({ workspaceTitle: workspace.title, language: workspace.language, assessments: await practice.newest(workspaceId) });
      return { body, fileName: 'self-assessment.docx' };
    },
  };
}
