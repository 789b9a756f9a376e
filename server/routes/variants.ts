import { variantsEndpoints as api } from '../../shared/api/variants.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Variants tailored from a document and the changes of their parent (`shared/api/variants.ts`). */
export function variantRoutes({ variantService }: Services) {
  return [
    route(api.list, async ({ auth, params }) => ({ status: 200, body: { variants: await variantService.list(auth.user, params.id) } })),
    route(api.tailor, async ({ auth, params, body }) => ({ status: 201, body: await variantService.tailor(auth.user, params.id, body.title) })),
    route(api.parentChanges, async ({ auth, params }) => ({ status: 200, body: await variantService.parentChanges(auth.user, params.id) })),
    route(api.markParentChangesReviewed, async ({ auth, params }) => ({
      status: 200,
      body: await variantService.markParentChangesReviewed(auth.user, params.id),
    })),
  ];
}
