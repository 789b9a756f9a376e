/**
 * What a review thread is for. A `suggestion` thread also carries a proposed change to the text.
 * Without zod, so that the review panel can list the kinds without downloading it (the schemas
 * are in `shared/schemas/review.ts`).
 */
export const THREAD_KINDS = ['comment', 'question', 'revisionRequest', 'recommendation', 'suggestion'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];
