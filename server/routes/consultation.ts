import { consultationEndpoints as api } from '../../shared/api/consultation.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Consultation rounds (`shared/api/consultation.ts`); the use cases live in `server/services/consultation.ts`. */
export function consultationRoutes({ consultationService: rounds, consultationReports }: Pick<Services, 'consultationService' | 'consultationReports'>) {
  return [
    route(api.list, async ({ auth, params }) => ({ status: 200, body: await rounds.list(auth.user, params.id) })),
    route(api.create, async ({ auth, params, body }) => ({ status: 201, body: await rounds.create(auth.user, params.id, body) })),
    route(api.get, async ({ auth, params }) => ({ status: 200, body: await rounds.get(auth.user, params.roundId) })),
    route(api.close, async ({ auth, params }) => ({ status: 200, body: await rounds.close(auth.user, params.roundId) })),
    route(api.invite, async ({ auth, params, body }) => ({ status: 201, body: await rounds.invite(auth.user, params.roundId, body.email) })),
    route(api.submitInput, async ({ auth, params, body }) => ({ status: 201, body: await rounds.submit(auth.user, params.roundId, body) })),
    route(api.dispose, async ({ auth, params, body }) => ({ status: 200, body: await rounds.dispose(auth.user, params.roundId, params.inputId, body) })),
    route(api.report, async ({ auth, params, query }, c) => {
      const file = await consultationReports.download(auth.user, params.roundId, query.format);
      return c.body(new Uint8Array(file.body), 200, {
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
      });
    }),
  ];
}
