import { monitoringEndpoints as api } from '../../shared/api/monitoring.ts';
import { route } from '../http/routes.ts';
import type { Services } from '../services.ts';

/** Monitoring and evaluation of the action plan (`shared/api/monitoring.ts`). */
export function monitoringRoutes({ monitoringService: monitoring, evaluationReportService }: Pick<Services, 'monitoringService' | 'evaluationReportService'>) {
  return [
    route(api.overview, async ({ auth, params }) => ({ status: 200, body: await monitoring.overview(auth.user, params.id) })),
    route(api.setCadence, async ({ auth, params, body }) => {
      await monitoring.setCadence(auth.user, params.id, params.measureId, body.cadence);
      return { status: 204 };
    }),
    route(api.addIndicator, async ({ auth, params, body }) => ({
      status: 201,
      body: { indicator: await monitoring.addIndicator(auth.user, params.id, params.measureId, body) },
    })),
    route(api.updateIndicator, async ({ auth, params, body }) => ({
      status: 200,
      body: { indicator: await monitoring.updateIndicator(auth.user, params.id, params.indicatorId, body) },
    })),
    route(api.archiveIndicator, async ({ auth, params }) => {
      await monitoring.archiveIndicator(auth.user, params.id, params.indicatorId);
      return { status: 204 };
    }),
    route(api.saveReport, async ({ auth, params, body }) => ({
      status: 200,
      body: { measure: await monitoring.saveReport(auth.user, params.id, params.measureId, params.periodKey, body) },
    })),
    route(api.addLesson, async ({ auth, params, body }) => {
      await monitoring.addLesson(auth.user, params.id, body.text);
      return { status: 204 };
    }),
    route(api.archiveLesson, async ({ auth, params }) => {
      await monitoring.archiveLesson(auth.user, params.id, params.lessonId);
      return { status: 204 };
    }),
    route(api.evaluationReport, async ({ auth, params, query }, c) => {
      const file = await evaluationReportService.download(auth.user, params.id, query.format);
      return c.body(new Uint8Array(file.body), 200, {
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
      });
    }),
  ];
}
