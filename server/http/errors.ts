import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ApiError } from '../../shared/schemas/errors.ts';
import { checkFields, fieldIssue, type FieldIssueCode, type FieldIssues } from '../../shared/schemas/field-issues.ts';

/** An error a route handler throws to answer with a given status and machine-readable code. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldIssues,
    /** For 429: sent as the `Retry-After` header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export const notFound = (what = 'resource'): HttpError => new HttpError(404, 'not_found', `${what} not found`);

/**
 * A 400 for a field the request schema could not judge (a reference, a server-only rule), in
 * the same shape as the schema's own refusals, so the form shows it next to the field.
 */
export const invalidField = (field: string, code: FieldIssueCode, message: string): HttpError =>
  new HttpError(400, 'invalid_request', 'invalid request body', { [field]: [fieldIssue(code, message)] });

export function errorBody(error: HttpError): ApiError {
  return { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
}

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const checked = checkFields(schema, value);
  if (!checked.success) throw new HttpError(400, 'invalid_request', `invalid ${what}`, checked.fields);
  return checked.data;
}

/** Reads and validates a JSON body; a body that is not JSON is a 400 like any invalid one. */
export async function jsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid_json', 'request body must be JSON');
  }
  return parseOrThrow(schema, raw, 'request body');
}
