import type { Endpoint } from '../../shared/api/endpoint.ts';
import { systemEndpoints as api } from '../../shared/api/system.ts';
import { route } from '../http/routes.ts';
import { openApiDocument } from '../openapi.ts';

/** Readiness and the API description, generated from the endpoints the app mounted. */
export function systemRoutes(mounted: () => readonly Endpoint[]) {
  return [
    // Readiness for load balancers and test harnesses: answers once the database is open.
    route(api.health, () => ({ status: 200, body: { status: 'ok' as const } })),
    route(api.openApi, (_input, c) => c.json(openApiDocument(mounted()))),
  ];
}
