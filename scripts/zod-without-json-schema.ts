import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/**
 * zod's modules that turn schemas into JSON Schema. The server's OpenAPI document uses them; the
 * browser never does, yet zod's classic schemas reach them from every instance (a `toJSONSchema`
 * method, a processor per kind), so tree-shaking cannot drop them: ~6 KB gzip of every page's
 * first script, the sign-in form's included.
 */
const JSON_SCHEMA_MODULES = /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;

/** Made when a schema's `~standard` property is read: they must give a function, not throw. */
export const METHOD_FACTORIES: ReadonlySet<string> = new Set(['createToJSONSchemaMethod', 'createStandardJSONSchemaMethod']);

/**
 * The module at `file` with every export it has, each failing loudly if used: reached from a
 * schema, a JSON Schema is asked for, which the browser build does not carry.
 */
export async function jsonSchemaStub(file: string): Promise<string> {
  const names = Object.keys((await import(pathToFileURL(file).href)) as Record<string, unknown>);
  return [
    "function unavailable() { throw new Error('JSON Schema generation is not in the browser build (scripts/zod-without-json-schema.ts)'); }",
    ...names.map((name) => (METHOD_FACTORIES.has(name) ? `export const ${name} = () => unavailable;` : `export const ${name} = unavailable;`)),
  ].join('\n');
}

/** Vite plugin, for the browser build only: zod's JSON-Schema modules become `jsonSchemaStub`s. */
export function zodWithoutJsonSchema(): Plugin {
  return {
    name: 'cadre:zod-without-json-schema',
    apply: 'build',
    enforce: 'pre',
    load: (id) => (JSON_SCHEMA_MODULES.test(id) ? jsonSchemaStub(id) : null),
  };
}
