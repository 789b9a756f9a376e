import { variantsEndpoints as api } from '../../shared/api/variants.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Variants tailored from a document and the changes of their parent (`shared/api/variants.ts`). */
export function variantRoutes({ variantService }: Services) {
  return [
    route(api.list, ({ auth, params }) => ({ status: 200, body: { variants: variantService.list(auth.user, params.id) } })),
    route(api.tailor, ({ auth, params, body }) => ({ status: 201, body: variantService.tailor(auth.user, params.id, body.title) })),
    route(api.parentChanges, ({ auth, params }) => ({ status: 200, body: variantService.parentChanges(auth.user, params.id) })),
    route(api.markParentChangesReviewed, ({ auth, params }) => ({
      status: 200,
      body: variantService.markParentChangesReviewed(auth.user, params.id),
    })),
  ];
}
