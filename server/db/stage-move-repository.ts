import { z } from 'zod';
import { CRITERION_IDS, isStageNumber, type CriterionId, type StageNumber } from '../../shared/cycle/stages.ts';
import type { SqliteDatabase } from './database.ts';

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

type Row = { from_stage: number; to_stage: number; unmet: string; reason: string; decision_id: string | null; moved_at: string };

const stage = z.number().refine(isStageNumber);
const unmetSchema = z.array(z.object({ stage, id: z.enum(CRITERION_IDS) }));

export type StageMoveRepository = ReturnType<typeof createStageMoveRepository>;

/** Each workspace's stage moves, oldest first (`stage_moves`, migration 010). */
export function createStageMoveRepository(db: SqliteDatabase) {
  const insert = db.prepare<[string, number, number, string, string, string | null, string, string]>(
    `INSERT INTO stage_moves (workspace_id, from_stage, to_stage, unmet, reason, decision_id, moved_by, moved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectAll = db.prepare<[string], Row>(
    'SELECT from_stage, to_stage, unmet, reason, decision_id, moved_at FROM stage_moves WHERE workspace_id = ? ORDER BY id',
  );

  return {
    record(workspaceId: string, move: StageMove, movedBy: string): void {
      insert.run(workspaceId, move.from, move.to, JSON.stringify(move.unmet), move.reason, move.decisionId, movedBy, move.movedAt);
    },
    list: (workspaceId: string): StageMove[] =>
      selectAll.all(workspaceId).map((row) => ({
        from: stage.parse(row.from_stage),
        to: stage.parse(row.to_stage),
        unmet: unmetSchema.parse(JSON.parse(row.unmet)),
        reason: row.reason,
        decisionId: row.decision_id,
        movedAt: row.moved_at,
      })),
  };
}
