import type { ApiError } from '../../../../shared/schemas/errors.ts';
import type { FieldIssues } from '../../../../shared/schemas/field-issues.ts';
import { urlOf, type AnswerOf, type Endpoint, type RequestOf, type Route, type AnswerKind } from '../../../../shared/api/endpoint.ts';
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

/** An error answer of the API's (`apiErrorSchema`), rather than a proxy's page or nothing. */
const isApiError = (payload: unknown): payload is ApiError => {
  const error: unknown = typeof payload === 'object' && payload !== null ? (payload as { error?: unknown }).error : undefined;
  return typeof error === 'object' && error !== null && typeof (error as ApiError['error']).code === 'string' && typeof (error as ApiError['error']).message === 'string';
};

/**
 * Calls an endpoint of the shared contract. Its answer is the contract's, checked by the server
 * before it left (`server/http/routes.ts`); an answer with a status the contract does not declare
 * (a newer server than this page) is one clear error instead of `undefined` deep inside a
 * component. Failures become `ApiRequestError`.
 */
export async function callEndpoint<E extends Endpoint>(e: Route<E>, request: RequestOf<E>, options: CallOptions = {}): Promise<AnswerOf<E>> {
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
    if (isApiError(payload)) {
      const { code, message, fields } = payload.error;
      const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
      throw new ApiRequestError(response.status, code, message, fields, Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    throw new ApiRequestError(response.status, BAD_RESPONSE, response.statusText);
  }
  const declared = (e.answers as Partial<Record<number, AnswerKind>>)[response.status];
  if (declared === 'empty') return undefined as AnswerOf<E>;
  if (declared !== 'json') throw new ApiRequestError(response.status, BAD_RESPONSE, `undeclared answer ${response.status} from ${e.method} ${e.path}`);
  if (payload === undefined) throw new ApiRequestError(response.status, BAD_RESPONSE, `answer ${response.status} from ${e.method} ${e.path} is not JSON`);
  return payload as AnswerOf<E>;
}
