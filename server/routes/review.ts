import { reviewEndpoints as api } from '../../shared/api/review.ts';
import { csvAttachment } from '../export/csv.ts';
import { route } from '../http/routes.ts';
import { requestLanguage } from '../i18n/request-language.ts';
import type { Services } from '../services.ts';

/** Comment threads and suggested changes of a document (`shared/api/review.ts`). */
export function reviewRoutes({ reviewService }: Services) {
  return [
    route(api.list, async ({ auth, params, query }) => ({ status: 200, body: await reviewService.list(auth.user, params.id, query) })),
    route(api.createThread, async ({ auth, params, body }) => ({ status: 201, body: await reviewService.createThread(auth.user, params.id, body) })),
    route(api.suggest, async ({ auth, params, body }) => ({ status: 201, body: await reviewService.suggest(auth.user, params.id, body) })),
    route(api.reply, async ({ auth, params, body }) => ({
      status: 201,
      body: await reviewService.reply(auth.user, params.id, params.threadId, body.body),
    })),
    route(api.editMessage, async ({ auth, params, body }) => ({
      status: 200,
      body: await reviewService.editMessage(auth.user, params.id, params.threadId, params.messageId, body.body),
    })),
    route(api.deleteMessage, async ({ auth, params }) => ({
      status: 200,
      body: await reviewService.deleteMessage(auth.user, params.id, params.threadId, params.messageId),
    })),
    route(api.resolve, async ({ auth, params }) => ({ status: 200, body: await reviewService.resolve(auth.user, params.id, params.threadId) })),
    route(api.reopen, async ({ auth, params }) => ({ status: 200, body: await reviewService.reopen(auth.user, params.id, params.threadId) })),
    route(api.accept, async ({ auth, params, body }) => ({
      status: 200,
      body: await reviewService.accept(auth.user, params.id, params.threadId, body.reason),
    })),
    route(api.reject, async ({ auth, params, body }) => ({
      status: 200,
      body: await reviewService.reject(auth.user, params.id, params.threadId, body.reason),
    })),
    route(api.mentionable, async ({ auth, params }) => ({ status: 200, body: await reviewService.mentionable(auth.user, params.id) })),
    route(api.authorship, async ({ auth, params, query }) => ({ status: 200, body: await reviewService.authorship(auth.user, params.id, query) })),
    route(api.csv, async ({ auth, params, query }, c) =>
      csvAttachment(await reviewService.table(auth.user, params.id, query.language ?? requestLanguage(c)), `review-${params.id}.csv`),
    ),
  ];
}
