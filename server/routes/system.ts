import type { Endpoint } from '../../shared/api/endpoint.ts';
import { systemEndpoints as api } from '../../shared/api/system.ts';
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';
import { route } from '../http/routes.ts';
import { openApiDocument } from '../openapi.ts';

/**
 * Liveness, readiness and metrics for load balancers and monitoring, and the API description,
 * generated from the endpoints the app mounted.
 */
export function systemRoutes({ ready, metrics, metricsToken }: Pick<Infrastructure, 'ready' | 'metrics' | 'metricsToken'>, mounted: () => readonly Endpoint[]) {
  return [
    route(api.health, () => ({ status: 200, body: { status: 'ok' as const } })),
    route(api.ready, async () => {
      const state = await ready();
      const unavailable = [...(state.database ? [] : ['database']), ...(state.relay === false ? ['redis'] : [])];
      if (unavailable.length > 0) throw new HttpError(503, 'not_ready', `unavailable: ${unavailable.join(', ')}`);
      return { status: 200, body: { status: 'ready' as const, relay: state.relay === null ? ('not-used' as const) : ('ok' as const) } };
    }),
    route(api.metrics, async (_input, c) => {
      const given = c.req.header('authorization') ?? '';
      if (metricsToken && !sameSecret(given, `Bearer ${metricsToken}`)) throw notFound('route');
      return c.body(await metrics.text(), 200, { 'content-type': metrics.contentType });
    }),
    route(api.openApi, (_input, c) => c.json(openApiDocument(mounted()))),
  ];
}

/** Compares secrets in constant time (of their hashes, so lengths leak nothing either). */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
