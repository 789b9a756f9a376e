import type { Kysely } from 'kysely';
import { z } from 'zod';
import { PRACTICE_LIMITS } from '../../shared/practice/criteria.ts';
import { practiceRatingSchema, type PracticeAssessment, type PracticeRating, type PracticeSnapshot } from '../../shared/schemas/practice.ts';
import { newId } from './document-repository.ts';
import type { Schema } from './schema.ts';

const ratingsSchema = z.array(practiceRatingSchema);

export type PracticeRepository = ReturnType<typeof createPracticeRepository>;

/** Each workspace's good-practice self-assessments (`practice_assessments`, migration 017), never edited. */
export function createPracticeRepository(db: Kysely<Schema>) {
  const rows = () =>
    db
      .selectFrom('practice_assessments as a')
      .innerJoin('users as u', 'u.id', 'a.assessed_by')
      .select(['a.id', 'a.ratings', 'a.assessed_at', 'u.name']);
  const toAssessment = (row: { id: string; ratings: string; assessed_at: string; name: string }): PracticeAssessment => ({
    id: row.id,
    assessedAt: row.assessed_at,
    assessorName: row.name,
    ratings: ratingsSchema.parse(JSON.parse(row.ratings)),
  });

  return {
    async record(workspaceId: string, ratings: readonly PracticeRating[], userId: string, at = new Date().toISOString()): Promise<string> {
      const id = newId();
      await db
        .insertInto('practice_assessments')
        .values({ id, workspace_id: workspaceId, ratings: JSON.stringify(ratings), assessed_by: userId, assessed_at: at })
        .execute();
      return id;
    },
    async count(workspaceId: string): Promise<number> {
      const row = await db
        .selectFrom('practice_assessments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async find(workspaceId: string, id: string): Promise<PracticeAssessment | undefined> {
      const row = await rows().where('a.workspace_id', '=', workspaceId).where('a.id', '=', id).executeTakeFirst();
      return row && toAssessment(row);
    },
    /** The newest snapshots first, in full; the history keeps only their scores. */
    async newest(workspaceId: string, limit: number = PRACTICE_LIMITS.historyShown): Promise<PracticeAssessment[]> {
      const found = await rows().where('a.workspace_id', '=', workspaceId).orderBy('a.assessed_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
      return found.map(toAssessment);
    },
  };
}

/** The scores of a snapshot, by criterion. */
export const snapshotOf = (assessment: PracticeAssessment): PracticeSnapshot => ({
  id: assessment.id,
  assessedAt: assessment.assessedAt,
  assessorName: assessment.assessorName,
  scores: Object.fromEntries(assessment.ratings.map((r) => [r.criterion, r.score])),
});
