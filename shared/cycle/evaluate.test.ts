import { describe, expect, it } from 'vitest';
import { emptyFacts, evaluateStage, unmetExitCriteria, type CycleFacts } from './evaluate.ts';
import { CRITERION_IDS, STAGE_KEYS, type CriterionId, type StageNumber } from './stages.ts';
import { CYCLE_TEXT } from './text.ts';

const facts = (patch: Partial<CycleFacts>): CycleFacts => ({ ...emptyFacts(), ...patch });
const objective = (agreed: boolean, preferredOptions = 0, selectedInstruments = 0, measures = 0) => ({
  agreed,
  preferredOptions,
  selectedInstruments,
  measures,
});

type Case = { stage: StageNumber; criterion: CriterionId; met: Partial<CycleFacts>; unmet: Partial<CycleFacts> };

// One row per criterion: facts that satisfy it and the nearest facts that do not.
const cases: Case[] = [
  { stage: 1, criterion: 'leadAndMission', met: { leadInstitution: 'DGI', mission: 'Integrate' }, unmet: { leadInstitution: 'DGI', mission: '  ' } },
  { stage: 1, criterion: 'coreGroupInstitutions', met: { coreGroupInstitutionCount: 3 }, unmet: { coreGroupInstitutionCount: 2 } },
  { stage: 1, criterion: 'roadmapDated', met: { milestones: { total: 2, dated: 2 } }, unmet: { milestones: { total: 2, dated: 1 } } },
  { stage: 1, criterion: 'thematicAreas', met: { thematicAreaCount: 1 }, unmet: { thematicAreaCount: 0 } },
  { stage: 2, criterion: 'problemStatement', met: { problemStatements: 1 }, unmet: { problemStatements: 0 } },
  { stage: 2, criterion: 'evidenceSources', met: { evidence: { total: 1, withGaps: 0 } }, unmet: { evidence: { total: 0, withGaps: 0 } } },
  { stage: 2, criterion: 'evidenceGaps', met: { evidence: { total: 2, withGaps: 1 } }, unmet: { evidence: { total: 2, withGaps: 0 } } },
  { stage: 3, criterion: 'swotFilled', met: { swotItems: 4 }, unmet: { swotItems: 3 } },
  { stage: 3, criterion: 'stakeholdersMapped', met: { stakeholders: 1 }, unmet: { stakeholders: 0 } },
  { stage: 3, criterion: 'gapAnalysis', met: { gapItems: 1 }, unmet: { gapItems: 0 } },
  { stage: 3, criterion: 'objectivesAgreed', met: { objectives: [objective(true), objective(true)] }, unmet: { objectives: [objective(true), objective(false)] } },
  { stage: 3, criterion: 'preferredOptions', met: { objectives: [objective(true, 1), objective(false, 2)] }, unmet: { objectives: [objective(true, 1), objective(true, 0)] } },
  { stage: 4, criterion: 'instrumentsSelected', met: { objectives: [objective(true, 1, 1), objective(false)] }, unmet: { objectives: [objective(true, 1, 1), objective(true, 1, 0)] } },
  { stage: 5, criterion: 'draftExists', met: { documents: 1 }, unmet: { documents: 0 } },
  { stage: 5, criterion: 'draftingSession', met: { draftingSessions: 1 }, unmet: { draftingSessions: 0 } },
  { stage: 5, criterion: 'noOpenThreads', met: { openThreads: 0 }, unmet: { openThreads: 2 } },
  { stage: 5, criterion: 'noOpenSuggestions', met: { openSuggestions: 0 }, unmet: { openSuggestions: 1 } },
  { stage: 5, criterion: 'inputsDispositioned', met: { undispositionedInputs: 0 }, unmet: { undispositionedInputs: 4 } },
  { stage: 6, criterion: 'validationSigned', met: { validation: { required: 3, signed: 3 } }, unmet: { validation: { required: 3, signed: 2 } } },
  { stage: 6, criterion: 'adoptionRecorded', met: { adoptionDecisions: 1 }, unmet: { adoptionDecisions: 0 } },
  { stage: 7, criterion: 'measuresPerObjective', met: { objectives: [objective(true, 1, 1, 2)] }, unmet: { objectives: [objective(true, 1, 1, 2), objective(true, 1, 1, 0)] } },
  { stage: 7, criterion: 'measuresComplete', met: { measures: [{ complete: true, monitored: false }] }, unmet: { measures: [{ complete: true, monitored: false }, { complete: false, monitored: false }] } },
  { stage: 8, criterion: 'measuresMonitored', met: { measures: [{ complete: true, monitored: true }] }, unmet: { measures: [{ complete: true, monitored: false }] } },
  { stage: 8, criterion: 'lessonsRecorded', met: { lessons: 1 }, unmet: { lessons: 0 } },
];

const resultOf = (stage: StageNumber, criterion: CriterionId, patch: Partial<CycleFacts>) => {
  const result = evaluateStage(stage, facts(patch)).find((r) => r.id === criterion);
  if (!result) throw new Error(`stage ${stage} has no criterion ${criterion}`);
  return result;
};

describe('evaluateStage', () => {
  it.each(cases)('stage $stage: $criterion is met or unmet according to the facts', ({ stage, criterion, met, unmet }) => {
    expect(resultOf(stage, criterion, met)).toMatchObject({ met: true, tracked: true });
    expect(resultOf(stage, criterion, unmet)).toMatchObject({ met: false, tracked: true });
  });

  it('covers every criterion exactly once across the stages', () => {
    const ids = ([1, 2, 3, 4, 5, 6, 7, 8] as const).flatMap((stage) => evaluateStage(stage, emptyFacts()).map((r) => r.id));
    expect([...ids].sort()).toEqual([...CRITERION_IDS].sort());
    expect(cases.map((c) => c.criterion).sort()).toEqual([...CRITERION_IDS].sort());
  });

  it('does not let an empty plan pass "every X" criteria', () => {
    for (const [stage, id] of [[1, 'roadmapDated'], [3, 'objectivesAgreed'], [4, 'instrumentsSelected'], [7, 'measuresComplete']] as const) {
      expect(resultOf(stage, id, {}).met).toBe(false);
    }
  });

  it('reports criteria whose facts are absent as untracked and not blocking', () => {
    for (const id of ['noOpenThreads', 'noOpenSuggestions', 'inputsDispositioned'] as const) {
      expect(resultOf(5, id, {})).toMatchObject({ met: true, tracked: false });
    }
    expect(resultOf(6, 'validationSigned', {})).toMatchObject({ met: true, tracked: false });
  });

  it('reports progress of counted criteria', () => {
    expect(resultOf(1, 'coreGroupInstitutions', { coreGroupInstitutionCount: 2 }).progress).toEqual({ current: 2, target: 3 });
  });
});

describe('unmetExitCriteria', () => {
  it('lists only required criteria of every stage being left', () => {
    const unmet = unmetExitCriteria(1, 3, facts({ leadInstitution: 'DGI', mission: 'm', coreGroupInstitutionCount: 3, milestones: { total: 1, dated: 1 } }));
    expect(unmet).toEqual([
      { stage: 2, id: 'problemStatement' },
      { stage: 2, id: 'evidenceSources' },
      { stage: 2, id: 'evidenceGaps' },
    ]);
  });

  it('is empty when going back or staying', () => {
    expect(unmetExitCriteria(5, 2, emptyFacts())).toEqual([]);
  });
});

describe('cycle text', () => {
  it('has a name, summary and guidance for every stage in every language', () => {
    for (const text of Object.values(CYCLE_TEXT)) {
      for (const key of STAGE_KEYS) {
        expect(text.stages[key].name).not.toBe('');
        expect(text.stages[key].guidance.length).toBeGreaterThan(0);
      }
      for (const id of CRITERION_IDS) expect(text.criteria[id]).not.toBe('');
    }
  });
});
