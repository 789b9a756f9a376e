import { apiErrorSchema } from '../../../../shared/schemas/errors.ts';
import type { FieldIssues } from '../../../../shared/schemas/field-issues.ts';
import { isMediaAnswer, urlOf, type AnswerOf, type Endpoint, type RequestOf } from '../../../../shared/api/endpoint.ts';
import { takeEarlyRead } from './early-reads.ts';

/** An API call that failed; `code` is the server's machine-readable code or a client one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Why each field was refused, as codes to put in words (`lib/forms/`). */
    readonly fields?: FieldIssues,
    /** From `Retry-After` on 429 answers, so the UI can say how long to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export const NETWORK_ERROR = 'network_error';
export const BAD_RESPONSE = 'bad_response';

export type CallOptions = { signal?: AbortSignal };

/** The interface language, so that what the server writes to this person (emails) is in it. */
const interfaceLanguage = (): Record<string, string> =>
  typeof document !== 'undefined' && document.documentElement.lang ? { 'accept-language': document.documentElement.lang } : {};

type Parts = { params?: Record<string, string>; query?: Record<string, unknown>; body?: unknown };

/**
 * Calls an endpoint of the shared contract and parses its answer with the contract's schema for
 * the status received, so a server/client mismatch surfaces as one clear error instead of
 * `undefined` deep inside a component. Failures become `ApiRequestError`.
 */
export async function callEndpoint<E extends Endpoint>(e: E, request: RequestOf<E>, options: CallOptions = {}): Promise<AnswerOf<E>> {
  const { body } = request as Parts;
  const url = urlOf(e, request as Parts);
  let response: Response;
  try {
    const early = e.method === 'get' ? await takeEarlyRead(url) : undefined;
    options.signal?.throwIfAborted();
    response =
      early ??
      (await fetch(url, {
        method: e.method.toUpperCase(),
        // An upload's FormData sets its own multipart content type.
        headers: { ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }), ...interfaceLanguage() },
        body: body === undefined ? null : body instanceof FormData ? body : JSON.stringify(body),
        signal: options.signal ?? null,
        credentials: 'same-origin',
      }));
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
  const declared = e.answers[response.status as keyof E['answers'] & keyof Endpoint['answers']];
  if (declared === null) return undefined as AnswerOf<E>;
  if (declared === undefined || isMediaAnswer(declared)) {
    throw new ApiRequestError(response.status, BAD_RESPONSE, `undeclared answer ${response.status} from ${e.method} ${e.path}`);
  }
  const parsed = declared.safeParse(payload);
  if (!parsed.success) throw new ApiRequestError(response.status, BAD_RESPONSE, parsed.error.message);
  return parsed.data as AnswerOf<E>;
}
