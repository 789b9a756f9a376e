import { directionOf } from '../../shared/i18n/in-language.ts';
import { evaluateStage, unmetExitCriteria } from '../../shared/cycle/evaluate.ts';
import { isStageNumber, STAGE_KEYS, type StageNumber } from '../../shared/cycle/stages.ts';
import { cycleText } from '../../shared/cycle/text.ts';
import { abilitiesOf, type Role } from '../../shared/policy/abilities.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { AdvanceStageResult, CycleStatus } from '../../shared/schemas/cycle.ts';
import { fieldIssue } from '../../shared/schemas/field-issues.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { buildAgenda } from './cycle-agenda.ts';
import { gatherCycleFacts, type FactSources, type FactStores } from './cycle-facts.ts';
import { passagesWithUnmet } from './cycle-passages.ts';

export type CycleService = ReturnType<typeof createCycleService>;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The policy cycle of a workspace: where it stands against every stage's exit criteria, and
 * moving it between stages, which the decision log, the activity record and every viewer learn.
 */
export function createCycleService(
  infrastructure: FactStores & Pick<Infrastructure, 'policy' | 'events' | 'activity' | 'stageMoves' | 'locks'>,
  validationService: FactSources['ladders'],
) {
  const { policy, workspaces, matrixItems, events, activity, stageMoves, locks } = infrastructure;
  const sources: FactSources = { ...infrastructure, ladders: validationService };

  const currentStage = async (workspaceId: string): Promise<StageNumber> => {
    const stage = (await workspaces.find(workspaceId))?.stage ?? 1;
    return isStageNumber(stage) ? stage : 1;
  };

  async function statusOf(workspaceId: string, role: Role): Promise<CycleStatus> {
    const facts = await gatherCycleFacts(sources, workspaceId);
    const current = await currentStage(workspaceId);
    const passages = passagesWithUnmet(await stageMoves.list(workspaceId));
    const stages = STAGE_KEYS.map((_, index) => {
      const stage = (index + 1) as StageNumber;
      return { stage, criteria: evaluateStage(stage, facts), passedWithUnmet: stage < current ? (passages.get(stage) ?? null) : null };
    });
    const agenda = buildAgenda(await matrixItems.listAll(workspaceId), today());
    return { stage: current, stages, agenda, abilities: abilitiesOf(role, await policy.archiveFacts(workspaceId)) };
  }

  return {
    async status(actor: User, workspaceId: string): Promise<CycleStatus> {
      const membership = await policy.authorize(actor.id, workspaceId, 'read');
      return statusOf(workspaceId, membership.role);
    },

    /**
     * Moves the workspace to stage `to`, forward or back. Leaving with unmet exit criteria needs
     * a reason, which goes into the decision log with the criteria left unmet.
     */
    advance: (actor: User, workspaceId: string, to: StageNumber, reason: string | undefined): Promise<AdvanceStageResult> =>
      // One move at a time per workspace: each starts from the stage the previous one reached.
      locks.exclusive(`stage:${workspaceId}`, async () => {
        const membership = await policy.authorize(actor.id, workspaceId, 'advanceStage');
        const workspace = await workspaces.find(workspaceId);
        if (!workspace) throw notFound('workspace');
        const from = await currentStage(workspaceId);
        if (to === from) throw new HttpError(409, 'same_stage', `the workspace is already at stage ${from}`);
        const unmet = unmetExitCriteria(from, to, await gatherCycleFacts(sources, workspaceId));
        if (unmet.length > 0 && !reason) {
          throw new HttpError(409, 'criteria_unmet', 'exit criteria are unmet: give a reason to advance anyway', {
            reason: unmet.map(({ stage, id }) => fieldIssue('required', `stage ${stage}: ${id}`)),
          });
        }

        const text = cycleText(workspace.language);
        const name = (stage: StageNumber) => `${stage}. ${text.stages[STAGE_KEYS[stage - 1] ?? 'mandate'].name}`;
        // The arrow points the way the language reads, so an Arabic log reads “from ← to”.
        const move = `${name(from)} ${directionOf(workspace.language) === 'rtl' ? '←' : '→'} ${name(to)}`;
        const unmetLines = unmet.map(({ id }) => `– ${text.criteria[id]}`);
        const rationale = [reason ?? '', ...(unmetLines.length > 0 ? ['', ...unmetLines] : [])].join('\n').trim();
        // The decision log keeps every move, forward or back, as the process's memory.
        const decision = await matrixItems.create(workspaceId, 'decision', { decision: move, date: today(), rationale, category: 'stageChange' }, actor.id);
        // The guide reads this record to tell a stage passed with unmet criteria from a completed one.
        await stageMoves.record(workspaceId, { from, to, unmet, reason: reason ?? '', decisionId: decision.id, movedAt: new Date().toISOString() }, actor.id);
        await workspaces.setStage(workspaceId, to);
        const moved = await workspaces.find(workspaceId);
        if (!moved) throw notFound('workspace');
        events.publish(workspaceId, { resource: 'workspace', action: 'updated', id: workspaceId, item: moved, actorId: actor.id });
        await activity.record({ workspaceId, actorId: actor.id, action: 'stage.moved', summary: move });
        return { workspace: moved, decision, cycle: await statusOf(workspaceId, membership.role) };
      }),
  };
}
