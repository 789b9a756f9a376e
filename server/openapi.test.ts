import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { contractEndpoints } from '../shared/api/index.ts';
import { createApp } from './app.ts';
import { openDatabase } from './db/database.ts';
import { silentLogger } from './logger.ts';
import { createServices } from './services.ts';

async function makeApp() {
  const database = await openDatabase({ dataDir: ':memory:', synchronous: 'normal' });
  return createApp(createServices({ database, logger: silentLogger, publicOrigin: 'http://localhost:8080', sessionIdleMs: 3600_000 }));
}

type Operation = {
  requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown>; required?: string[] } }> };
  responses: Record<string, unknown>;
};
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> };

async function servedDocument(): Promise<OpenApi> {
  const response = await (await makeApp()).request('/api/openapi.json');
  expect(response.status).toBe(200);
  return (await response.json()) as OpenApi;
}

describe('OpenAPI description', () => {
  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(await servedDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('documents exactly the routes the app mounts, each endpoint of the contract', async () => {
    const key = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/:(\w+)/g, '{$1}')}`;
    const mounted = new Set(
      (await makeApp()).routes.filter((route) => route.method !== 'ALL')
        .map((route) => key(route.method, route.path)),
    );
    const doc = await servedDocument();
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => key(method, path))));
    const contract = new Set(contractEndpoints().map((e) => key(e.method, e.path)));
    expect([...mounted].filter((route) => !documented.has(route)).sort(), 'mounted but not documented').toEqual([]);
    expect([...contract].filter((route) => !documented.has(route)).sort(), 'in the contract but not mounted').toEqual([]);
  });

  it('describes bodies from the shared zod schemas, and non-JSON answers by media type', async () => {
    const doc = await servedDocument();
    const signup = doc.paths['/api/auth/signup']?.post?.requestBody?.content['application/json']?.schema;
    expect(Object.keys(signup?.properties ?? {}).sort()).toEqual(['email', 'name', 'password']);
    expect(signup?.required?.sort()).toEqual(['email', 'name', 'password']);
    const invite = doc.paths['/api/workspaces/{id}/invitations']?.post?.requestBody?.content['application/json']?.schema;
    expect(invite?.properties.role).toMatchObject({ enum: ['facilitator', 'chair', 'drafter', 'expert', 'observer'] });
    expect(doc.paths['/api/documents/{id}/review.csv']?.get?.responses['200']).toMatchObject({ content: { 'text/csv': {} } });
    expect(doc.paths['/api/workspaces/{id}/events']?.get?.responses['200']).toMatchObject({ content: { 'text/event-stream': {} } });
  });
});
