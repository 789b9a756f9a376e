import { publicLinksEndpoints as api } from '../../shared/api/public-links.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

const NOT_FOUND_PAGE = '<!doctype html><meta charset="utf-8"><title>Not found</title><p>This link does not exist or was revoked.</p>';

/** Public read-only links of validated versions, and the page each one opens (`shared/api/public-links.ts`). */
export function publicLinkRoutes({ publicLinkService }: Services) {
  return [
    route(api.list, async ({ auth, params }) => ({ status: 200, body: { links: await publicLinkService.list(auth.user, params.id) } })),
    route(api.publish, async ({ auth, params }) => ({ status: 201, body: await publicLinkService.publish(auth.user, params.id, params.versionId) })),
    route(api.revoke, async ({ auth, params }) => {
      await publicLinkService.revoke(auth.user, params.id, params.linkId);
      return { status: 204 };
    }),
    // A page for people, not a program: an unknown or revoked link answers an HTML page too.
    route(api.page, async ({ params }, c) => {
      const page = await publicLinkService.page(params.token);
      // Content-Security-Policy comes from the app-wide middleware (no script can run).
      const headers = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };
      return page === undefined ? c.html(NOT_FOUND_PAGE, 404, headers) : c.html(page, 200, headers);
    }),
  ];
}
