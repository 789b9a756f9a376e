import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerKind, type Endpoint, type Route } from '../../../../shared/api/endpoint.ts';
import { contract } from '../../../../shared/api/index.ts';

const folder = new URL('./routes/', import.meta.url);
const generated = await Promise.all(readdirSync(folder).map((file) => import(new URL(file, folder).href) as Promise<Record<string, Record<string, Route>>>));

/** Each group's routes by the contract's group name: `reviewRoutes` → `review`. */
const routesByGroup = Object.fromEntries(
  generated.flatMap((module) => Object.entries(module).map(([name, routes]) => [name.replace(/Routes$/, ''), routes])),
);

const asRoute = (e: Endpoint): Route => ({
  method: e.method,
  path: e.path,
  answers: Object.fromEntries(Object.entries(e.answers).map(([status, answer]) => [status, answerKind(answer)])),
});

describe("the browser's routes", () => {
  it('are the contract without its schemas: run `npm run generate:client-routes` after changing an endpoint', () => {
    const expected = Object.fromEntries(
      Object.entries(contract).map(([group, endpoints]) => [group, Object.fromEntries(Object.entries(endpoints).map(([name, e]) => [name, asRoute(e)]))]),
    );
    expect(routesByGroup).toEqual(expected);
  });
});
