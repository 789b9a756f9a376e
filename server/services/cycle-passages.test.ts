import { describe, expect, it } from 'vitest';
import type { StageNumber } from '../../shared/cycle/stages.ts';
import type { StageMove } from '../db/stage-move-repository.ts';
import { passagesWithUnmet } from './cycle-passages.ts';

let clock = 0;
const move = (from: StageNumber, to: StageNumber, unmet: StageMove['unmet'] = [], reason = ''): StageMove => ({
  from,
  to,
  unmet,
  reason,
  decisionId: `decision-${from}-${to}`,
  movedAt: new Date(Date.UTC(2026, 0, 1 + clock++)).toISOString(),
});
const unmetOf = (moves: StageMove[]) => Object.fromEntries([...passagesWithUnmet(moves)].map(([stage, passage]) => [stage, passage.unmet]));

describe('passagesWithUnmet', () => {
  it('gives each stage skipped over with unmet criteria those criteria and the reason', () => {
    const skip = move(1, 4, [{ stage: 1, id: 'roadmapDated' }, { stage: 3, id: 'objectivesAgreed' }, { stage: 3, id: 'preferredOptions' }], 'Mandate from cabinet');
    const passages = passagesWithUnmet([skip]);
    expect(unmetOf([skip])).toEqual({ 1: ['roadmapDated'], 3: ['objectivesAgreed', 'preferredOptions'] });
    expect(passages.get(1)).toEqual({ unmet: ['roadmapDated'], reason: 'Mandate from cabinet', decisionId: 'decision-1-4', movedAt: skip.movedAt });
  });

  it('forgets stages a move back returns over, and keeps the last passage of each', () => {
    const moves = [move(1, 3, [{ stage: 1, id: 'roadmapDated' }, { stage: 2, id: 'evidenceGaps' }], 'Urgent'), move(3, 2)];
    expect(unmetOf(moves)).toEqual({ 1: ['roadmapDated'] });
    expect(unmetOf([...moves, move(2, 3)])).toEqual({ 1: ['roadmapDated'] });
    expect(unmetOf([...moves, move(2, 1), move(1, 2)])).toEqual({});
  });

  it('reads nothing into a history without moves', () => {
    expect(passagesWithUnmet([]).size).toBe(0);
  });
});
