import type { PracticeCriterion, PracticeScore } from '../../shared/practice/criteria.ts';
import type { PracticeRating } from '../../shared/schemas/practice.ts';
import type { Infrastructure } from '../services.ts';

export type PracticeDemoServices = Pick<Infrastructure, 'practice' | 'visits'>;

const day = 24 * 3600_000;

/**
 * Three self-assessments of the demo process over two months, so the history shows ratings
 * moving: ownership and results grow as the municipalities take the plan on, replicability is
 * proven once a second island adopts the template. Evidence is drawn from the Cabo Verde case.
 */
const snapshots: ReadonlyArray<{ daysAgo: number; scores: Record<PracticeCriterion, PracticeScore>; notes?: Partial<Record<PracticeCriterion, string>> }> = [
  {
    daysAgo: 60,
    scores: { ownership: 2, innovation: 3, replicability: 1, tangibleResults: 1, endorsement: 2, integration: 3, expertise: 3, complementarity: 2, partnershipValue: 2, knowledgeExchange: 2 },
  },
  {
    daysAgo: 28,
    scores: { ownership: 3, innovation: 3, replicability: 2, tangibleResults: 2, endorsement: 3, integration: 3, expertise: 3, complementarity: 2, partnershipValue: 3, knowledgeExchange: 3 },
  },
  {
    daysAgo: 4,
    scores: { ownership: 4, innovation: 3, replicability: 3, tangibleResults: 2, endorsement: 3, integration: 4, expertise: 3, complementarity: 3, partnershipValue: 3, knowledgeExchange: 3 },
    notes: {
      ownership: 'The directorate general chairs the core group and the municipalities draft their own chapters.',
      replicability: 'The national template was tailored for Praia, then taken up by Boa Vista with few changes.',
      integration: 'The plan follows the national integration strategy and the municipal development plans.',
      tangibleResults: 'Local support offices are staffed; the first local plans still await council adoption.',
    },
  },
];

/**
 * The demo's good-practice self-assessment, rated by the chair, and a previous visit of the
 * owner a week ago, so opening the demo shows "since you were last here" at once.
 */
export async function addPracticeDemo(services: PracticeDemoServices, workspaceId: string, chairId: string, ownerId: string, now: number): Promise<void> {
  for (const { daysAgo, scores, notes } of snapshots) {
    const ratings: PracticeRating[] = Object.entries(scores).map(([criterion, score]) => ({
      criterion: criterion as PracticeCriterion,
      score,
      evidence: notes?.[criterion as PracticeCriterion] ?? '',
      comment: '',
    }));
    await services.practice.record(workspaceId, ratings, chairId, new Date(now - daysAgo * day).toISOString());
  }
  await services.visits.dismiss(workspaceId, ownerId, new Date(now - 7 * day).toISOString());
}
