import { z } from 'zod';
import { apiErrorSchema } from '../../../../shared/schemas/errors.ts';

/** An API call that failed; `code` is the server's machine-readable code or a client one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    /** From `Retry-After` on 429 answers, so the UI can say how long to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export const NETWORK_ERROR = 'network_error';
export const BAD_RESPONSE = 'bad_response';

/**
 * fetch + JSON + validation against the shared zod schema, so a server/client mismatch
 * surfaces as one clear error instead of `undefined` deep inside a component.
 */
export async function requestJson<T extends z.ZodType>(
  schema: T,
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
      body: init.body === undefined ? null : JSON.stringify(init.body),
      signal: init.signal ?? null,
      credentials: 'same-origin',
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError(0, NETWORK_ERROR, String(cause));
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(payload);
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error;
      const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
      throw new ApiRequestError(response.status, code, message, fields, Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    throw new ApiRequestError(response.status, BAD_RESPONSE, response.statusText);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiRequestError(response.status, BAD_RESPONSE, parsed.error.message);
  }
  return parsed.data;
}

/** For answers without a body (204, 202): only the status matters. */
export async function requestVoid(path: string, init: { method: string; body?: unknown }): Promise<void> {
  await requestJson(z.unknown(), path, init);
}
