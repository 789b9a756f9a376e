/**
 * The eight stages of the policy cycle (domain guide §2) and the criteria checked before a
 * workspace leaves each one. Keys are stable identifiers; texts live in `./text-en.ts` and
 * `./text-fr.ts`, so the server and the client share one model and one wording.
 */
import type { MatrixKind } from '../schemas/matrices/kinds.ts';

export const STAGE_KEYS = [
  'mandate',
  'problem',
  'analysis',
  'instruments',
  'drafting',
  'validation',
  'implementation',
  'monitoring',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

/** Stages are numbered 1–8 in the API and the database (`workspaces.stage`). */
export type StageNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export const STAGE_COUNT = STAGE_KEYS.length;

export function stageKey(stage: number): StageKey {
  const key = STAGE_KEYS[stage - 1];
  if (!key) throw new RangeError(`no stage ${stage}`);
  return key;
}

export function isStageNumber(value: number): value is StageNumber {
  return Number.isInteger(value) && value >= 1 && value <= STAGE_COUNT;
}

/**
 * Where a criterion is satisfied, so the guide can link to it in one click. Matrix kinds are
 * the `kind` of `shared/schemas/matrices`; the other places are screens of the workspace.
 */
export type ArtefactRef =
  | { type: 'matrix'; kind: MatrixKind }
  | { type: 'workspace' }
  | { type: 'members' }
  | { type: 'documents' }
  /** The monitoring dashboard of the action plan (reports per period, lessons learned). */
  | { type: 'monitoring' };

export const CRITERION_IDS = [
  'leadAndMission',
  'coreGroupInstitutions',
  'roadmapDated',
  'thematicAreas',
  'problemStatement',
  'evidenceSources',
  'evidenceGaps',
  'swotFilled',
  'stakeholdersMapped',
  'gapAnalysis',
  'objectivesAgreed',
  'preferredOptions',
  'instrumentsSelected',
  'draftExists',
  'draftingSession',
  'noOpenThreads',
  'noOpenSuggestions',
  'inputsDispositioned',
  'validationSigned',
  'adoptionRecorded',
  'measuresPerObjective',
  'measuresComplete',
  'measuresMonitored',
  'lessonsRecorded',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];
