import { z } from 'zod';
import { commonFailures, isMediaAnswer, pathParamNames, type Endpoint, type Upload } from '../shared/api/endpoint.ts';
import { apiErrorSchema } from '../shared/schemas/errors.ts';

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the endpoints the app mounted (`mountRoutes` returns them), so
 * what is documented is what is served. Schemas come from the shared zod schemas; the named
 * sub-schemas zod emits for recursive types (`$defs`) are moved to `components.schemas`, where
 * OpenAPI resolves references.
 */
export function openApiDocument(endpoints: readonly Endpoint[]) {
  const components = createComponents();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    (paths[e.path.replace(/:(\w+)/g, '{$1}')] ??= {})[e.method] = operation(e, components.schema);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cadre API',
      version: '0.1.0',
      description:
        'State-changing requests from browsers must carry an Origin of this site. Errors have the shape ' +
        '`{ error: { code, message, fields? } }`. Collaborative documents sync over the y-websocket protocol at `/collab/{documentId}`.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cadre_session' } },
      schemas: components.schemas,
    },
    paths,
  };
}

function operation(e: Endpoint, schema: (zod: z.ZodType, io: 'input' | 'output') => JsonSchema) {
  const json = (zod: z.ZodType, io: 'input' | 'output') => ({ 'application/json': { schema: schema(zod, io) } });
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(e.answers)) {
    if (answer === undefined) continue;
    responses[status] = isMediaAnswer(answer)
      ? { description: answer.description, content: { [answer.mediaType]: {} } }
      : { description: e.summary, ...(answer ? { content: json(answer, 'output') } : {}) };
  }
  for (const [status, failure] of Object.entries({ ...commonFailures(e), ...e.failures })) {
    responses[status] =
      typeof failure === 'string'
        ? { description: failure, content: json(apiErrorSchema, 'output') }
        : { description: failure.description, content: { [failure.mediaType]: {} } };
  }
  const parameters = [
    ...pathParamNames(e.path).map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: e.params?.shape[name] ? schema(e.params.shape[name] as z.ZodType, 'input') : { type: 'string' },
    })),
    ...Object.entries(e.query?.shape ?? {}).map(([name, field]) => ({
      name,
      in: 'query',
      required: !(field as z.ZodType).safeParse(undefined).success,
      schema: schema(field as z.ZodType, 'input'),
    })),
  ];
  return {
    operationId: `${e.method}${e.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase())}`,
    summary: e.summary,
    tags: [e.tag],
    ...(e.auth !== 'none' ? { security: [{ session: [] }] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(e.body ? { requestBody: { required: true, content: json(e.body, 'input') } } : {}),
    ...(e.upload ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: uploadSchema(e.upload, schema) } } } } : {}),
    responses,
  };
}

/** A multipart body: its text fields from their zod schema, and each file as binary. */
function uploadSchema(upload: Upload, schema: (zod: z.ZodType, io: 'input' | 'output') => JsonSchema): JsonSchema {
  const fields = schema(upload.fields, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  const files = Object.fromEntries(Object.entries(upload.files).map(([name, description]) => [name, { type: 'string', format: 'binary', description }]));
  return {
    type: 'object',
    properties: { ...fields.properties, ...files },
    required: [...(fields.required ?? []), ...Object.keys(upload.files)],
  };
}

/** Converts zod schemas, collecting their `$defs` under unique component names. */
function createComponents() {
  const schemas: Record<string, JsonSchema> = {};
  const schema = (zod: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const { $schema: _dialect, $defs, ...rest } = z.toJSONSchema(zod, { io, unrepresentable: 'any' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    const renamed = new Map<string, string>();
    // zod names definitions per conversion (`__schema0`…): give each conversion's its own names.
    for (const [name, definition] of Object.entries($defs ?? {})) {
      let unique = name;
      for (let n = 2; schemas[unique]; n++) unique = `${name}_${n}`;
      renamed.set(`#/$defs/${name}`, `#/components/schemas/${unique}`);
      schemas[unique] = definition;
    }
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value === null || typeof value !== 'object') return value;
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' ? (renamed.get(inner) ?? inner) : rewrite(inner)]),
      );
    };
    for (const name of renamed.values()) {
      const key = name.slice('#/components/schemas/'.length);
      schemas[key] = rewrite(schemas[key]) as JsonSchema;
    }
    return rewrite(rest) as JsonSchema;
  };
  return { schemas, schema };
}
