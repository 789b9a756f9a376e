/**
 * The kinds of news a returning member's digest tells (`digestSchema` in
 * `shared/schemas/practice.ts`), in the order they are shown; without zod, for the browser.
 */
export const DIGEST_KINDS = ['decisions', 'stageMoves', 'versions', 'signatures', 'mentions', 'overdueReports'] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];
