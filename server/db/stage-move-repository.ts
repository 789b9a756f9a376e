import type { Kysely } from 'kysely';
import { z } from 'zod';
import { CRITERION_IDS, isStageNumber, type CriterionId, type StageNumber } from '../../shared/cycle/stages.ts';
import type { Schema } from './schema.ts';

/** One move between stages, as recorded: what it left unmet and why the group moved anyway. */
export type StageMove = {
  from: StageNumber;
  to: StageNumber;
  unmet: Array<{ stage: StageNumber; id: CriterionId }>;
  reason: string;
  /** The decision-log entry that tells the move in words. */
  decisionId: string | null;
  movedAt: string;
};

const stage = z.number().refine(isStageNumber);
const unmetSchema = z.array(z.object({ stage, id: z.enum(CRITERION_IDS) }));

export type StageMoveRepository = ReturnType<typeof createStageMoveRepository>;

/** Each workspace's stage moves, oldest first (`stage_moves`, migration 010). */
export function createStageMoveRepository(db: Kysely<Schema>) {
  return {
    async record(workspaceId: string, move: StageMove, movedBy: string): Promise<void> {
      await db
        .insertInto('stage_moves')
        .values({
          workspace_id: workspaceId,
          from_stage: move.from,
          to_stage: move.to,
          unmet: JSON.stringify(move.unmet),
          reason: move.reason,
          decision_id: move.decisionId,
          moved_by: movedBy,
          moved_at: move.movedAt,
        })
        .execute();
    },
    async list(workspaceId: string): Promise<StageMove[]> {
      const rows = await db
        .selectFrom('stage_moves')
        .select(['from_stage', 'to_stage', 'unmet', 'reason', 'decision_id', 'moved_at'])
        .where('workspace_id', '=', workspaceId)
        .orderBy('id')
        .execute();
      return rows.map((row) => ({
        from: stage.parse(row.from_stage),
        to: stage.parse(row.to_stage),
        unmet: unmetSchema.parse(JSON.parse(row.unmet)),
        reason: row.reason,
        decisionId: row.decision_id,
        movedAt: row.moved_at,
      }));
    },
  };
}
