/**
 * Reads the app's first script (`main.ts`) starts for the page the address shows, before that
 * page's code has arrived; the page's first call of the same address takes the answer instead
 * of asking again (`http.ts`). On a slow link the page's code takes seconds, and its first
 * request would only leave once that code has run: one more round trip before the document is
 * editable.
 */

// The sign-in form may have been shown meanwhile, to someone else: an answer this old is not taken.
const EARLY_READ_MAX_AGE_MS = 60_000;

type EarlyRead = { answer: Promise<Response>; startedAt: number };
const reads = new Map<string, EarlyRead>();

export function readEarly(url: string): void {
  const answer = fetch(url, { credentials: 'same-origin' });
  // Taken or not, a failure is for the page to meet and report when it asks again itself.
  answer.catch(() => {});
  reads.set(url, { answer, startedAt: Date.now() });
}

/**
 * The early answer for `url`, taken once. None when nothing was read early, when it was too long
 * ago, or when it failed or was refused: the page then asks again and handles what it gets.
 */
export async function takeEarlyRead(url: string): Promise<Response | undefined> {
  const read = reads.get(url);
  if (!read) return undefined;
  reads.delete(url);
  if (Date.now() - read.startedAt > EARLY_READ_MAX_AGE_MS) return undefined;
  const response = await read.answer.catch(() => undefined);
  return response?.ok ? response : undefined;
}
