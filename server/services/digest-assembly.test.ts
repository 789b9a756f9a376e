import { describe, expect, it } from 'vitest';
import type { DecisionRow, DigestRow, DigestRows, StageMoveRow } from '../db/visit-repository.ts';
import { assembleDigest, DIGEST_ITEMS_PER_KIND } from './digest-assembly.ts';

const reader = 'reader-id';
const other = 'other-id';
const since = '2026-03-01T00:00:00.000Z';
const at = (minute: number) => new Date(Date.parse(since) + minute * 60_000).toISOString();

const row = (id: string, minute: number, actorId: string | null = other): DigestRow => ({
  id,
  at: at(minute),
  actorId,
  actorName: actorId === reader ? 'Reader' : 'Someone else',
  title: `Title ${id}`,
  documentId: 'doc12345',
  documentTitle: 'Draft policy',
  threadId: null,
});
const decision = (id: string, minute: number, category: string | null, actorId = other): DecisionRow => ({ ...row(id, minute, actorId), category });
const move = (id: string, minute: number, actorId = other): StageMoveRow => ({ id, at: at(minute), actorId, actorName: 'Someone else', from: 1, to: 2 });
const none: DigestRows = { decisions: [], stageMoves: [], versions: [], signatures: [], mentions: [] };

describe('assembleDigest', () => {
  it('is empty when nothing happened', () => {
    const digest = assembleDigest(none, { readerId: reader, since });
    expect(digest.since).toBe(since);
    for (const kind of ['decisions', 'stageMoves', 'versions', 'signatures', 'mentions', 'overdueReports'] as const) expect(digest[kind]).toEqual({ count: 0, items: [] });
  });

  it('leaves out what the reader did themselves', () => {
    const digest = assembleDigest(
      { ...none, decisions: [decision('d1', 1, 'general', reader), decision('d2', 2, 'general')], versions: [row('v1', 3, reader)], signatures: [row('s1', 4)], stageMoves: [move('m1', 5, reader)] },
      { readerId: reader, since },
    );
    expect(digest.decisions.items.map((d) => d.id)).toEqual(['d2']);
    expect(digest.versions.count).toBe(0);
    expect(digest.signatures.count).toBe(1);
    expect(digest.stageMoves.count).toBe(0);
  });

  it('tells a stage move once, as a move, not again as the decision that records it', () => {
    const digest = assembleDigest({ ...none, decisions: [decision('d1', 1, 'stageChange'), decision('d2', 2, null)], stageMoves: [move('m1', 1)] }, { readerId: reader, since });
    expect(digest.decisions.items.map((d) => d.id)).toEqual(['d2']);
    expect(digest.stageMoves.items).toEqual([{ id: 'm1', at: at(1), actorName: 'Someone else', from: 1, to: 2 }]);
  });

  it('counts every item but lists only the newest few, newest first', () => {
    const many = Array.from({ length: DIGEST_ITEMS_PER_KIND + 3 }, (_, i) => row(`v${i}`, i));
    const digest = assembleDigest({ ...none, versions: many }, { readerId: reader, since });
    expect(digest.versions.count).toBe(DIGEST_ITEMS_PER_KIND + 3);
    expect(digest.versions.items.map((v) => v.id)).toEqual(['v7', 'v6', 'v5', 'v4', 'v3']);
  });

  it('keeps mentions (always someone else’s) and the overdue reports it is given', () => {
    const mention = { ...row('n1', 1, null), threadId: 'thread123' };
    const overdue = [{ ...row('r1', 0), title: 'Quarterly report, Q1' }];
    const digest = assembleDigest({ ...none, mentions: [mention] }, { readerId: reader, since, overdue });
    expect(digest.mentions.items[0]).toMatchObject({ id: 'n1', threadId: 'thread123' });
    expect(digest.overdueReports.items.map((r) => r.title)).toEqual(['Quarterly report, Q1']);
  });
});
