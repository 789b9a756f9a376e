import { documentsEndpoints } from '../../../../shared/api/documents.ts';
import type { DocumentDetail } from '../../../../shared/schemas/documents.ts';
import { call } from '../../lib/api/client.ts';

/**
 * A document's details (its title, what this person may do with it) asked for when the app
 * starts at its address, while the editor's code downloads, rather than once it has: on a slow
 * link the text can be typed into a round trip sooner. Kept for the editor's first request only,
 * and briefly: an answer older than that (a sign-in in between) is asked for again.
 */
const KEPT_MS = 10_000;

let early: { id: string; askedAt: number; answer: Promise<DocumentDetail> } | null = null;

export function prefetchDocument(id: string): void {
  const answer = call(documentsEndpoints.get, { params: { id } });
  // Its failure is the editor's to show, if it takes the answer.
  answer.catch(() => {});
  early = { id, askedAt: Date.now(), answer };
}

/** The early answer for `id` if there is a recent one, given once; else undefined. */
export function takePrefetchedDocument(id: string): Promise<DocumentDetail> | undefined {
  const taken = early;
  early = null;
  return taken?.id === id && Date.now() - taken.askedAt < KEPT_MS ? taken.answer : undefined;
}
