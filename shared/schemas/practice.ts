import { z } from 'zod';
import { PRACTICE_CRITERIA, PRACTICE_LIMITS, PRACTICE_SCORES } from '../practice/criteria.ts';
import { abilitiesSchema } from './abilities.ts';
import { issueParams } from './field-issues.ts';
import { idSchema, workspaceSummarySchema } from './workspaces.ts';

// ——— Good-practice self-assessment ———

export const practiceCriterionSchema = z.enum(PRACTICE_CRITERIA);
export const practiceScoreSchema = z.union(PRACTICE_SCORES.map((score) => z.literal(score)));

export const practiceRatingSchema = z.strictObject({
  criterion: practiceCriterionSchema,
  score: practiceScoreSchema,
  evidence: z.string().trim().max(PRACTICE_LIMITS.evidenceLength).default(''),
  comment: z.string().trim().max(PRACTICE_LIMITS.commentLength).default(''),
});
export type PracticeRating = z.infer<typeof practiceRatingSchema>;

/** A new snapshot: the criteria rated this time (at least one, each once); the others stay unrated. */
export const assessPracticeBodySchema = z.strictObject({
  ratings: z
    .array(practiceRatingSchema)
    .min(1)
    .max(PRACTICE_CRITERIA.length)
    .refine((ratings) => new Set(ratings.map((r) => r.criterion)).size === ratings.length, {
      message: 'each criterion is rated once',
      params: issueParams('duplicate'),
    }),
});
export type AssessPracticeBody = z.input<typeof assessPracticeBodySchema>;

export const practiceAssessmentSchema = z.object({
  id: idSchema,
  assessedAt: z.string(),
  /** Copied when rated, so the record reads the same after the member leaves. */
  assessorName: z.string(),
  ratings: z.array(practiceRatingSchema),
});
export type PracticeAssessment = z.infer<typeof practiceAssessmentSchema>;

/** One snapshot in the history: its scores only, criterion by criterion. */
export const practiceSnapshotSchema = z.object({
  id: idSchema,
  assessedAt: z.string(),
  assessorName: z.string(),
  scores: z.partialRecord(practiceCriterionSchema, practiceScoreSchema),
});
export type PracticeSnapshot = z.infer<typeof practiceSnapshotSchema>;

export const practiceOverviewSchema = z.object({
  /** The newest snapshot in full, or null before the first. */
  latest: practiceAssessmentSchema.nullable(),
  /** The newest snapshots first, at most `PRACTICE_LIMITS.historyShown`. */
  history: z.array(practiceSnapshotSchema),
  /** How many snapshots the workspace holds. */
  total: z.number().int().min(0),
  abilities: abilitiesSchema,
});
export type PracticeOverview = z.infer<typeof practiceOverviewSchema>;

// ——— "Since you were last here" ———

const digestItemSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string(),
  /** What it is called: a decision, a version's name, a validation step, a mention's excerpt. */
  title: z.string(),
  /** The document it concerns, to link to. */
  documentId: z.string().nullable(),
  documentTitle: z.string().nullable(),
  /** A mention's thread, opened on the document. */
  threadId: z.string().nullable(),
});
export type DigestItem = z.infer<typeof digestItemSchema>;

const stageMoveItemSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string(),
  from: z.number().int().min(1).max(8),
  to: z.number().int().min(1).max(8),
});

/** A kind of news: how many happened, and the newest few. */
const section = <T extends z.ZodType>(item: T) => z.object({ count: z.number().int().min(0), items: z.array(item) });

export const digestSchema = z.object({
  /** Where the digest starts: the caller's previous visit; null on a first visit (nothing to tell). */
  since: z.string().nullable(),
  decisions: section(digestItemSchema),
  stageMoves: section(stageMoveItemSchema),
  versions: section(digestItemSchema),
  signatures: section(digestItemSchema),
  mentions: section(digestItemSchema),
  /** Reports of past periods still missing; empty until reporting periods exist. */
  overdueReports: section(digestItemSchema),
});
export type Digest = z.infer<typeof digestSchema>;

// ——— The next cycle ———

export const startNextCycleBodySchema = z.strictObject({
  title: z.string().trim().min(1, 'title is required').max(200, 'title is at most 200 characters'),
});

export const nextCycleResultSchema = z.object({
  workspace: workspaceSummarySchema,
  /** What was carried over from the evaluated workspace. */
  carried: z.object({ lessons: z.number().int().min(0), glossary: z.number().int().min(0), stakeholders: z.number().int().min(0) }),
});
export type NextCycleResult = z.infer<typeof nextCycleResultSchema>;

export const workspaceOriginSchema = z.object({
  origin: z
    .object({
      /** Null once the source was deleted for good; its title is kept. */
      sourceId: idSchema.nullable(),
      sourceTitle: z.string(),
      startedAt: z.string(),
      /** Whether the caller may open the source (is a member of it). */
      sourceVisible: z.boolean(),
    })
    .nullable(),
});
export type WorkspaceOrigin = z.infer<typeof workspaceOriginSchema>;
