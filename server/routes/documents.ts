import { documentsEndpoints as api } from '../../shared/api/documents.ts';
import { requireAuth } from '../auth/middleware.ts';
import { createWorkGate } from '../export/gate.ts';
import { throttle } from '../auth/rate-limit.ts';
import { compressedAnswer } from '../http/compressed-answer.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Documents of a workspace (`shared/api/documents.ts`). */
export function documentRoutes({ documentService, limits }: Services) {
  // A document's text is encoded and compressed whole, holding a few times its size: a few at
  // once per instance and two per member, whatever the rate.
  const textReads = createWorkGate({
    maxRunning: 4,
    maxQueued: 16,
    maxPerUser: 2,
    retryAfterSeconds: 2,
    refusal: { code: 'busy', mine: 'your other document texts are still being sent: try again shortly', full: 'too many document texts are being sent: try again shortly' },
  });
  return [
    route(api.create, async ({ auth, params, body }) => ({
      status: 201,
      body: await documentService.create(auth.user, params.id, body.title, body.templateId, body.templateLanguage),
    })),
    route(api.get, async ({ auth, params }) => ({ status: 200, body: await documentService.get(auth.user, params.id) })),
    route(api.content, ({ auth, params }, c) => textReads(auth.user.id, async () => compressedAnswer(c, await documentService.content(auth.user, params.id), 'application/octet-stream')), {
      // Each costs encoding and compressing the whole document: counted per member.
      before: (c) => throttle(limits.documentTextPerUser, `user:${requireAuth(c).user.id}`),
    }),
    route(api.rename, async ({ auth, params, body }) => ({ status: 200, body: await documentService.rename(auth.user, params.id, body.title) })),
    route(api.setLanguage, async ({ auth, params, body }) => ({
      status: 200,
      body: await documentService.setLanguage(auth.user, params.id, body.language),
    })),
    route(api.archive, async ({ auth, params }) => ({ status: 200, body: await documentService.archive(auth.user, params.id) })),
    route(api.restore, async ({ auth, params }) => ({ status: 200, body: await documentService.restore(auth.user, params.id) })),
    route(api.deletionPreview, async ({ auth, params }) => ({ status: 200, body: await documentService.deletionPreview(auth.user, params.id) })),
    route(api.remove, async ({ auth, params }) => {
      await documentService.remove(auth.user, params.id);
      return { status: 204 };
    }),
  ];
}
