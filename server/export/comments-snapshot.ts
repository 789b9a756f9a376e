import { plainMessage } from '../../shared/review/mentions.ts';
import type { StoredThread } from '../db/review-repository.ts';
import type { ExportModel } from './model.ts';

/** The comments annex: each thread's messages in order, deleted messages left out, mentions as `@Name`. */
export function commentsOf(threads: readonly StoredThread[]): ExportModel['comments'] {
  return threads.flatMap((thread) =>
    thread.messages.filter((message) => !message.deleted).map((message) => ({ author: message.authorName, quote: thread.quote, text: plainMessage(message) })),
  );
}
