import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { openDatabase } from './db/database.ts';
import { silentLogger } from './logger.ts';
import { routeSpecs } from './openapi.ts';
import { createServices } from './services.ts';

function makeApp() {
  const db = openDatabase({ dataDir: ':memory:', synchronous: 'normal' });
  return createApp(createServices({ db, logger: silentLogger, publicOrigin: 'http://localhost:8080', sessionIdleMs: 3600_000 }));
}

/** `/api/workspaces/:id` → `/api/workspaces/{id}`, as OpenAPI writes path parameters. */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI description', () => {
  it('lists every route mounted in the app, and nothing else', () => {
    const mounted = new Set(
      makeApp()
        .routes.filter((route) => route.method !== 'ALL')
        .map((route) => `${route.method} ${toOpenApiPath(route.path)}`),
    );
    const documented = new Set(routeSpecs.map((spec) => `${spec.method.toUpperCase()} ${spec.path}`));
    expect([...mounted].filter((route) => !documented.has(route)).sort(), 'mounted but not documented').toEqual([]);
    expect([...documented].filter((route) => !mounted.has(route)).sort(), 'documented but not mounted').toEqual([]);
  });

  it('is served at /api/openapi.json as OpenAPI 3.1 with JSON schemas from the shared zod schemas', async () => {
    const response = await makeApp().request('/api/openapi.json');
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown>; required?: string[] } }> } }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const signup = doc.paths['/api/auth/signup']?.post?.requestBody?.content['application/json']?.schema;
    expect(Object.keys(signup?.properties ?? {}).sort()).toEqual(['email', 'name', 'password']);
    expect(signup?.required?.sort()).toEqual(['email', 'name', 'password']);
    const invite = doc.paths['/api/workspaces/{id}/invitations']?.post?.requestBody?.content['application/json']?.schema;
    expect(invite?.properties.role).toMatchObject({ enum: ['facilitator', 'chair', 'drafter', 'expert', 'observer'] });
  });
});
