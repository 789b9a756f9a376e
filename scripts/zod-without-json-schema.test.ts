import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemaStub, METHOD_FACTORIES } from './zod-without-json-schema.ts';

const zodCore = dirname(createRequire(import.meta.url).resolve('zod/v4/core'));
const modules = ['to-json-schema.js', 'json-schema-processors.js'].map((file) => join(zodCore, file));

const load = async (code: string): Promise<Record<string, unknown>> =>
  (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;

describe('zod without JSON Schema, in the browser build', () => {
  it.each(modules)('%s: the stub exports every name the real module does, each failing when used', async (file) => {
    const real = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const stub = await load(await jsonSchemaStub(file));
    expect(Object.keys(stub).sort()).toEqual(Object.keys(real).sort());
    for (const [name, value] of Object.entries(stub)) {
      expect(typeof value, name).toBe('function');
      const made = METHOD_FACTORIES.has(name) ? (value as () => () => unknown)() : value;
      expect(() => (made as () => unknown)(), name).toThrow(/not in the browser build/);
    }
  });
});
