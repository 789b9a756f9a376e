import { z } from 'zod';
import { CRITERION_IDS, isStageNumber } from '../cycle/stages.ts';
import { abilitiesSchema } from './abilities.ts';
import { matrixItemSchema, matrixKindSchema } from './matrices/index.ts';
import { workspaceSchema } from './workspaces.ts';

const stageRange = { message: 'stages go from 1 to 8', abort: true };
/** A stage, typed as a `StageNumber` once parsed. */
const stageNumber = z.number().int().min(1, stageRange).max(8, stageRange).refine(isStageNumber);

const artefactSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('matrix'), kind: matrixKindSchema }),
  z.object({ type: z.literal('workspace') }),
  z.object({ type: z.literal('members') }),
  z.object({ type: z.literal('documents') }),
  z.object({ type: z.literal('monitoring') }),
]);

export const criterionResultSchema = z.object({
  id: z.enum(CRITERION_IDS),
  required: z.boolean(),
  met: z.boolean(),
  tracked: z.boolean(),
  progress: z.object({ current: z.number(), target: z.number() }).optional(),
  artefact: artefactSchema,
});

const itemRefSchema = z.object({ kind: matrixKindSchema, id: z.string(), title: z.string() });

/**
 * How a stage behind the current one was left when required criteria were still unmet: those
 * criteria as they were then, and the reason the group gave (also in the decision log).
 */
export const stagePassageSchema = z.object({
  unmet: z.array(z.enum(CRITERION_IDS)).min(1),
  reason: z.string(),
  /** The decision-log entry that records the move; null if it was removed for good. */
  decisionId: z.string().nullable(),
  movedAt: z.string(),
});
export type StagePassage = z.infer<typeof stagePassageSchema>;

/** `GET /api/workspaces/:id/cycle`: where the process stands and every stage's checklist. */
export const cycleStatusSchema = z.object({
  stage: stageNumber,
  stages: z.array(
    z.object({
      stage: stageNumber,
      criteria: z.array(criterionResultSchema),
      /** Set on a stage behind the current one that was left with exit criteria unmet. */
      passedWithUnmet: stagePassageSchema.nullable(),
    }),
  ),
  /** What the home page shows next to the checklist: dates to hold and who owns what. */
  agenda: z.object({
    /** Roadmap milestones not done yet, by due date (undated last). */
    milestones: z.array(z.object({ id: z.string(), title: z.string(), dueDate: z.string().nullable(), overdue: z.boolean() })),
    /** Measures and activities past their end date and neither done nor dropped. */
    overdueActions: z.array(z.object({ id: z.string(), title: z.string(), end: z.string() })),
    /** Items with a named owner, grouped by member id. */
    owned: z.record(z.string(), z.array(itemRefSchema)),
  }),
  abilities: abilitiesSchema,
});
export type CycleStatus = z.infer<typeof cycleStatusSchema>;

/** `POST /api/workspaces/:id/stage`: a reason is required to leave with unmet exit criteria. */
export const advanceStageBodySchema = z.strictObject({
  to: stageNumber,
  reason: z.string().trim().max(3000, 'at most 3000 characters').optional(),
});

export const advanceStageResponseSchema = z.object({
  workspace: workspaceSchema,
  /** The decision-log entry that records the move. */
  decision: matrixItemSchema,
  cycle: cycleStatusSchema,
});
export type AdvanceStageResult = z.infer<typeof advanceStageResponseSchema>;
