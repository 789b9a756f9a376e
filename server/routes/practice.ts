import { practiceEndpoints as api } from '../../shared/api/practice.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** The self-assessment, the digest of a return and the next cycle (`shared/api/practice.ts`). */
export function practiceRoutes({ practiceService, digestService, nextCycleService }: Pick<Services, 'practiceService' | 'digestService' | 'nextCycleService'>) {
  return [
    route(api.overview, async ({ auth, params }) => ({ status: 200, body: await practiceService.overview(auth.user, params.id) })),
    route(api.assess, async ({ auth, params, body }) => ({ status: 201, body: await practiceService.assess(auth.user, params.id, body) })),
    route(api.exportAssessment, async ({ auth, params }, c) => {
      const file = await practiceService.exportDocx(auth.user, params.id);
      return c.body(new Uint8Array(file.body), 200, {
        'content-type': api.exportAssessment.answers[200].mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
      });
    }),
    route(api.visit, async ({ auth, params }) => ({ status: 200, body: await digestService.visit(auth.user, params.id) })),
    route(api.dismissDigest, async ({ auth, params }) => {
      await digestService.dismiss(auth.user, params.id);
      return { status: 204 };
    }),
    route(api.startNextCycle, async ({ auth, params, body }) => ({ status: 201, body: await nextCycleService.start(auth.user, params.id, body.title) })),
    route(api.origin, async ({ auth, params }) => ({ status: 200, body: await nextCycleService.origin(auth.user, params.id) })),
  ];
}
