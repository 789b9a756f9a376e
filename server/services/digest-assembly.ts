import type { Digest, DigestItem } from '../../shared/schemas/practice.ts';
import type { DigestRow, DigestRows } from '../db/visit-repository.ts';

/** How many items of each kind the digest lists; counts cover every one read. */
export const DIGEST_ITEMS_PER_KIND = 5;
/** How many rows of each kind are read at most: the counts stop there ("50+" on screen). */
export const DIGEST_ROWS_READ_PER_KIND = 50;

/** Overdue reports, from the reporting periods when that feature provides them. */
export type OverdueReports = (workspaceId: string, cap: number) => Promise<DigestItem[]>;

const newestFirst = <T extends { at: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => b.at.localeCompare(a.at));

function section<T extends { at: string }>(rows: readonly T[], perKind: number) {
  return { count: rows.length, items: newestFirst(rows).slice(0, perKind) };
}

const item = ({ id, at, actorName, title, documentId, documentTitle, threadId }: DigestRow): DigestItem => ({
  id,
  at,
  actorName,
  title,
  documentId,
  documentTitle,
  threadId,
});

/**
 * The digest of what others did since `since`: the reader's own actions are left out (they
 * know them), stage moves are told once (as moves, not again as the decisions that record
 * them), and each kind keeps its count and its newest few.
 */
export function assembleDigest(
  rows: DigestRows,
  { readerId, since, overdue = [], perKind = DIGEST_ITEMS_PER_KIND }: { readerId: string; since: string; overdue?: readonly DigestItem[]; perKind?: number },
): Digest {
  const byOthers = <T extends { actorId: string | null }>(list: readonly T[]) => list.filter((row) => row.actorId !== readerId);
  return {
    since,
    decisions: section(byOthers(rows.decisions).filter((d) => d.category !== 'stageChange').map(item), perKind),
    stageMoves: section(
      byOthers(rows.stageMoves).map(({ id, at, actorName, from, to }) => ({ id, at, actorName, from, to })),
      perKind,
    ),
    versions: section(byOthers(rows.versions).map(item), perKind),
    signatures: section(byOthers(rows.signatures).map(item), perKind),
    mentions: section(rows.mentions.map(item), perKind),
    overdueReports: section(overdue, perKind),
  };
}

/** A first visit has nothing to tell. */
export const emptyDigest = (): Digest => ({
  since: null,
  decisions: { count: 0, items: [] },
  stageMoves: { count: 0, items: [] },
  versions: { count: 0, items: [] },
  signatures: { count: 0, items: [] },
  mentions: { count: 0, items: [] },
  overdueReports: { count: 0, items: [] },
});

/** What the digest needs of a monitored measure: its title and its periods' states. */
export type MeasurePeriods = { id: string; title: string; periods: ReadonlyArray<{ key: string; due: string; state: string }> };

/**
 * Overdue reports from the monitoring feature's measures. Unlike the other kinds they are a
 * state, not an event: every report still missing is listed, oldest due first.
 */
export function overdueFromMeasures(measuresOf: (workspaceId: string) => Promise<readonly MeasurePeriods[]>): OverdueReports {
  return async (workspaceId, cap) =>
    (await measuresOf(workspaceId))
      .flatMap((measure) =>
        measure.periods
          .filter((period) => period.state === 'overdue')
          .map((period) => ({
            id: `${measure.id}:${period.key}`,
            at: period.due,
            actorName: '',
            title: `${measure.title} — ${period.key}`,
            documentId: null,
            documentTitle: null,
            threadId: null,
          })),
      )
      .sort((a, b) => a.at.localeCompare(b.at))
      .slice(0, cap);
}
