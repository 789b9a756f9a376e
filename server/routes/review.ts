import { reviewEndpoints as api } from '../../shared/api/review.ts';
import { csvAttachment } from '../export/csv.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Comment threads and suggested changes of a document (`shared/api/review.ts`). */
export function reviewRoutes({ reviewService }: Services) {
  return [
    route(api.list, ({ auth, params, query }) => ({ status: 200, body: reviewService.list(auth.user, params.id, query) })),
    route(api.createThread, ({ auth, params, body }) => ({ status: 201, body: reviewService.createThread(auth.user, params.id, body) })),
    route(api.suggest, ({ auth, params, body }) => ({ status: 201, body: reviewService.suggest(auth.user, params.id, body) })),
    route(api.reply, ({ auth, params, body }) => ({
      status: 201,
      body: reviewService.reply(auth.user, params.id, params.threadId, body.body),
    })),
    route(api.editMessage, ({ auth, params, body }) => ({
      status: 200,
      body: reviewService.editMessage(auth.user, params.id, params.threadId, params.messageId, body.body),
    })),
    route(api.deleteMessage, ({ auth, params }) => ({
      status: 200,
      body: reviewService.deleteMessage(auth.user, params.id, params.threadId, params.messageId),
    })),
    route(api.resolve, ({ auth, params }) => ({ status: 200, body: reviewService.resolve(auth.user, params.id, params.threadId) })),
    route(api.reopen, ({ auth, params }) => ({ status: 200, body: reviewService.reopen(auth.user, params.id, params.threadId) })),
    route(api.accept, ({ auth, params, body }) => ({
      status: 200,
      body: reviewService.accept(auth.user, params.id, params.threadId, body.reason),
    })),
    route(api.reject, ({ auth, params, body }) => ({
      status: 200,
      body: reviewService.reject(auth.user, params.id, params.threadId, body.reason),
    })),
    route(api.mentionable, ({ auth, params }) => ({ status: 200, body: reviewService.mentionable(auth.user, params.id) })),
    route(api.authorship, ({ auth, params, query }) => ({ status: 200, body: reviewService.authorship(auth.user, params.id, query) })),
    route(api.csv, ({ auth, params }) => csvAttachment(reviewService.table(auth.user, params.id), `review-${params.id}.csv`)),
  ];
}
