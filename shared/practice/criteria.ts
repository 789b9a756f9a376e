/**
 * The ten criteria by which the reference programme judged a good practice (domain guide §5),
 * as stable keys in the order they are listed; their words live in `text-*.ts`. A workspace
 * rates itself against them on a four-step scale.
 */
export const PRACTICE_CRITERIA = [
  'ownership',
  'innovation',
  'replicability',
  'tangibleResults',
  'endorsement',
  'integration',
  'expertise',
  'complementarity',
  'partnershipValue',
  'knowledgeExchange',
] as const;
export type PracticeCriterion = (typeof PRACTICE_CRITERIA)[number];

/** 1 not yet · 2 emerging · 3 established · 4 exemplary. */
export const PRACTICE_SCORES = [1, 2, 3, 4] as const;
export type PracticeScore = (typeof PRACTICE_SCORES)[number];

/** What one workspace may keep: snapshots are never pruned, so their number is bounded instead. */
export const PRACTICE_LIMITS = {
  assessmentsPerWorkspace: 200,
  evidenceLength: 2000,
  commentLength: 1000,
  /** Snapshots listed in the history (the newest). */
  historyShown: 50,
} as const;
