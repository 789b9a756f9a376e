import type { ArtefactRef, CriterionId, StageNumber } from './stages.ts';
import type { MatrixKind } from '../schemas/matrices/kinds.ts';

/**
 * What the exit criteria look at, gathered by the server from the workspace's data. Facts of
 * features that may not exist in an instance yet (comment threads, suggestions, consultation
 * rounds, validation ladder) are optional: when absent, their criterion is reported as not
 * tracked and does not block, instead of failing for lack of data.
 */
export type CycleFacts = {
  leadInstitution: string;
  mission: string;
  thematicAreaCount: number;
  /** Institutions the core group represents (`shared/cycle/representation.ts`). */
  coreGroupInstitutionCount: number;
  milestones: { total: number; dated: number };
  problemStatements: number;
  evidence: { total: number; withGaps: number };
  swotItems: number;
  stakeholders: number;
  gapItems: number;
  /** Objectives with what hangs off each; `agreed` objectives are the ones later stages plan for. */
  objectives: ReadonlyArray<{ agreed: boolean; preferredOptions: number; selectedInstruments: number; measures: number }>;
  documents: number;
  draftingSessions: number;
  /** `monitored`: the measure's latest due reporting period has a report (monitoring). */
  measures: ReadonlyArray<{ complete: boolean; monitored: boolean }>;
  adoptionDecisions: number;
  lessons: number;
  openThreads?: number;
  openSuggestions?: number;
  undispositionedInputs?: number;
  validation?: { required: number; signed: number };
};

export type CriterionResult = {
  id: CriterionId;
  /** Required criteria are exit criteria; the others are checklist items that never block. */
  required: boolean;
  met: boolean;
  /** False when the facts needed are not available in this instance; then `met` is true. */
  tracked: boolean;
  /** Progress towards the criterion, when it is a count. */
  progress?: { current: number; target: number };
  artefact: ArtefactRef;
};

type Check = { met: boolean; progress?: { current: number; target: number } } | 'untracked';
type Rule = { id: CriterionId; required: boolean; artefact: ArtefactRef; check: (facts: CycleFacts) => Check };

const matrix = (kind: MatrixKind): ArtefactRef => ({ type: 'matrix', kind });
const count = (current: number, target: number): Check => ({ met: current >= target, progress: { current, target } });
/** "Every X satisfies Y": vacuous truth would let an empty plan pass, so at least one X is needed. */
const all = (total: number, ok: number): Check => ({ met: total > 0 && ok === total, progress: { current: ok, target: total } });
const none = (open: number | undefined): Check => (open === undefined ? 'untracked' : { met: open === 0, progress: { current: open, target: 0 } });
const agreedObjectives = (facts: CycleFacts) => facts.objectives.filter((objective) => objective.agreed);

const RULES: Record<StageNumber, readonly Rule[]> = {
  1: [
    { id: 'leadAndMission', required: true, artefact: { type: 'workspace' }, check: (f) => ({ met: f.leadInstitution.trim() !== '' && f.mission.trim() !== '' }) },
    { id: 'coreGroupInstitutions', required: true, artefact: { type: 'members' }, check: (f) => count(f.coreGroupInstitutionCount, 3) },
    { id: 'roadmapDated', required: true, artefact: matrix('milestone'), check: (f) => all(f.milestones.total, f.milestones.dated) },
    { id: 'thematicAreas', required: false, artefact: { type: 'workspace' }, check: (f) => count(f.thematicAreaCount, 1) },
  ],
  2: [
    { id: 'problemStatement', required: true, artefact: matrix('problem'), check: (f) => count(f.problemStatements, 1) },
    { id: 'evidenceSources', required: true, artefact: matrix('evidence'), check: (f) => count(f.evidence.total, 1) },
    { id: 'evidenceGaps', required: true, artefact: matrix('evidence'), check: (f) => count(f.evidence.withGaps, 1) },
  ],
  3: [
    { id: 'swotFilled', required: false, artefact: matrix('swot'), check: (f) => count(f.swotItems, 4) },
    { id: 'stakeholdersMapped', required: false, artefact: matrix('stakeholder'), check: (f) => count(f.stakeholders, 1) },
    { id: 'gapAnalysis', required: false, artefact: matrix('gap'), check: (f) => count(f.gapItems, 1) },
    { id: 'objectivesAgreed', required: true, artefact: matrix('objective'), check: (f) => all(f.objectives.length, agreedObjectives(f).length) },
    {
      id: 'preferredOptions',
      required: true,
      artefact: matrix('option'),
      check: (f) => all(f.objectives.length, f.objectives.filter((o) => o.preferredOptions > 0).length),
    },
  ],
  4: [
    {
      id: 'instrumentsSelected',
      required: true,
      artefact: matrix('instrument'),
      check: (f) => all(agreedObjectives(f).length, agreedObjectives(f).filter((o) => o.selectedInstruments > 0).length),
    },
  ],
  5: [
    { id: 'draftExists', required: true, artefact: { type: 'documents' }, check: (f) => count(f.documents, 1) },
    { id: 'draftingSession', required: false, artefact: matrix('session'), check: (f) => count(f.draftingSessions, 1) },
    { id: 'noOpenThreads', required: true, artefact: { type: 'documents' }, check: (f) => none(f.openThreads) },
    { id: 'noOpenSuggestions', required: true, artefact: { type: 'documents' }, check: (f) => none(f.openSuggestions) },
    { id: 'inputsDispositioned', required: true, artefact: { type: 'documents' }, check: (f) => none(f.undispositionedInputs) },
  ],
  6: [
    {
      id: 'validationSigned',
      required: true,
      artefact: { type: 'documents' },
      check: (f) => (f.validation === undefined ? 'untracked' : all(f.validation.required, f.validation.signed)),
    },
    { id: 'adoptionRecorded', required: false, artefact: matrix('decision'), check: (f) => count(f.adoptionDecisions, 1) },
  ],
  7: [
    {
      id: 'measuresPerObjective',
      required: true,
      artefact: matrix('action'),
      check: (f) => all(agreedObjectives(f).length, agreedObjectives(f).filter((o) => o.measures > 0).length),
    },
    { id: 'measuresComplete', required: true, artefact: matrix('action'), check: (f) => all(f.measures.length, f.measures.filter((m) => m.complete).length) },
  ],
  8: [
    { id: 'measuresMonitored', required: true, artefact: { type: 'monitoring' }, check: (f) => all(f.measures.length, f.measures.filter((m) => m.monitored).length) },
    { id: 'lessonsRecorded', required: true, artefact: { type: 'monitoring' }, check: (f) => count(f.lessons, 1) },
  ],
};

/** The checklist of a stage with each criterion met or not, from the workspace's facts. */
export function evaluateStage(stage: StageNumber, facts: CycleFacts): CriterionResult[] {
  return RULES[stage].map(({ id, required, artefact, check }) => {
    const outcome = check(facts);
    if (outcome === 'untracked') return { id, required, met: true, tracked: false, artefact };
    return { id, required, met: outcome.met, tracked: true, artefact, ...(outcome.progress ? { progress: outcome.progress } : {}) };
  });
}

/** The required criteria still unmet when leaving `from` for a later stage `to` (skipped stages count too). */
export function unmetExitCriteria(from: StageNumber, to: StageNumber, facts: CycleFacts): Array<{ stage: StageNumber; id: CriterionId }> {
  const unmet: Array<{ stage: StageNumber; id: CriterionId }> = [];
  for (let stage = from; stage < to; stage++) {
    const number = stage as StageNumber;
    for (const result of evaluateStage(number, facts)) if (result.required && !result.met) unmet.push({ stage: number, id: result.id });
  }
  return unmet;
}

/** Facts of a workspace where nothing has been done yet: the starting point of tests and forms. */
export function emptyFacts(): CycleFacts {
  return {
    leadInstitution: '',
    mission: '',
    thematicAreaCount: 0,
    coreGroupInstitutionCount: 0,
    milestones: { total: 0, dated: 0 },
    problemStatements: 0,
    evidence: { total: 0, withGaps: 0 },
    swotItems: 0,
    stakeholders: 0,
    gapItems: 0,
    objectives: [],
    documents: 0,
    draftingSessions: 0,
    measures: [],
    adoptionDecisions: 0,
    lessons: 0,
  };
}
