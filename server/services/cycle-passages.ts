import type { StageNumber } from '../../shared/cycle/stages.ts';
import type { StagePassage } from '../../shared/schemas/cycle.ts';
import type { StageMove } from '../db/stage-move-repository.ts';

/**
 * Replays a workspace's stage moves, oldest first: a move forward passes every stage from
 * `from` up to `to` (excluded), each with the required criteria it left unmet; a move back
 * returns over stages, which are then no longer passed. Returns the stages whose last passage
 * left criteria unmet, with the reason given. A stage passed before moves were recorded
 * (migration 010) has no entry: it reads as completed, as it did then.
 */
export function passagesWithUnmet(moves: readonly StageMove[]): Map<StageNumber, StagePassage> {
  const passages = new Map<StageNumber, StagePassage>();
  for (const move of moves) {
    const [low, high] = move.from < move.to ? [move.from, move.to] : [move.to, move.from];
    for (let stage = low; stage < high; stage++) {
      const number = stage as StageNumber;
      const unmet = move.from < move.to ? move.unmet.filter((u) => u.stage === number).map((u) => u.id) : [];
      if (unmet.length > 0) passages.set(number, { unmet, reason: move.reason, decisionId: move.decisionId, movedAt: move.movedAt });
      else passages.delete(number);
    }
  }
  return passages;
}
