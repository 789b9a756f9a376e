import { Hono } from 'hono';
import { evaluateStage, unmetExitCriteria } from '../../shared/cycle/evaluate.ts';
import { isStageNumber, STAGE_KEYS, type StageNumber } from '../../shared/cycle/stages.ts';
import { cycleText } from '../../shared/cycle/text.ts';
import { abilitiesOf, type Role } from '../../shared/policy/abilities.ts';
import { advanceStageBodySchema, STAGE_EVENT_RESOURCE, type CycleStatus } from '../../shared/schemas/cycle.ts';
import { idSchema } from '../../shared/schemas/workspaces.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { AppEnv } from '../http/context.ts';
import { HttpError, jsonBody, notFound } from '../http/errors.ts';
import { buildAgenda } from '../services/cycle-agenda.ts';
import { gatherCycleFacts } from '../services/cycle-facts.ts';
import type { Services } from '../services.ts';

/** `GET /api/workspaces/:id/cycle` and `POST /api/workspaces/:id/stage` (action `advanceStage`). */
export function cycleRoutes(services: Services) {
  const { policy, workspaces, matrixItems, events } = services;
  const workspaceId = (raw: string) => {
    if (!idSchema.safeParse(raw).success) throw notFound('workspace');
    return raw;
  };
  const currentStage = (id: string): StageNumber => {
    const stage = workspaces.find(id)?.stage ?? 1;
    return isStageNumber(stage) ? stage : 1;
  };
  function status(id: string, role: Role): CycleStatus {
    const facts = gatherCycleFacts(services, id);
    const stages = STAGE_KEYS.map((_, index) => {
      const stage = (index + 1) as StageNumber;
      return { stage, criteria: evaluateStage(stage, facts) };
    });
    const agenda = buildAgenda(matrixItems.listAll(id), new Date().toISOString().slice(0, 10));
    return { stage: currentStage(id), stages, agenda, abilities: abilitiesOf(role) };
  }

  return new Hono<AppEnv>()
    .get('/:id/cycle', (c) => {
      const { user } = requireAuth(c);
      const id = workspaceId(c.req.param('id'));
      const membership = policy.authorize(user.id, id, 'read');
      return c.json(status(id, membership.role));
    })
    .post('/:id/stage', async (c) => {
      const { user } = requireAuth(c);
      const id = workspaceId(c.req.param('id'));
      const membership = policy.authorize(user.id, id, 'advanceStage');
      const { to, reason } = await jsonBody(c, advanceStageBodySchema);
      const from = currentStage(id);
      if (!isStageNumber(to)) throw new HttpError(400, 'invalid_request', 'invalid stage');
      if (to === from) throw new HttpError(409, 'same_stage', `the workspace is already at stage ${from}`);

      const workspace = workspaces.find(id);
      if (!workspace) throw notFound('workspace');
      const text = cycleText(workspace.language);
      const unmet = unmetExitCriteria(from, to, gatherCycleFacts(services, id));
      if (unmet.length > 0 && !reason) {
        throw new HttpError(409, 'criteria_unmet', 'exit criteria are unmet: give a reason to advance anyway', {
          reason: unmet.map(({ stage, id: criterion }) => `stage ${stage}: ${criterion}`),
        });
      }

      const name = (stage: StageNumber) => `${stage}. ${text.stages[STAGE_KEYS[stage - 1] ?? 'mandate'].name}`;
      const unmetLines = unmet.map(({ id: criterion }) => `– ${text.criteria[criterion]}`);
      const rationale = [reason ?? '', ...(unmetLines.length > 0 ? ['', ...unmetLines] : [])].join('\n').trim();
      // The decision log keeps every move, forward or back, as the process's memory.
      const decision = matrixItems.create(
        id,
        'decision',
        {
          decision: `${name(from)} → ${name(to)}`,
          date: new Date().toISOString().slice(0, 10),
          rationale,
          category: 'stageChange',
        },
        user.id,
      );
      workspaces.setStage(id, to);
      const updated = workspaces.find(id);
      events.publish(id, { resource: STAGE_EVENT_RESOURCE, action: 'updated', id, item: updated, actorId: user.id });
      services.activity.record({ workspaceId: id, actorId: user.id, action: 'stage.moved', summary: `${name(from)} → ${name(to)}` });
      return c.json({ workspace: updated, decision, cycle: status(id, membership.role) });
    });
}
