import type { z } from 'zod';

/**
 * The contract of one HTTP route: what it takes and every answer it gives. The server mounts a
 * handler on it (`server/http/routes.ts`), the OpenAPI document is generated from the mounted
 * endpoints (`server/openapi.ts`), and the browser calls it through the typed client
 * (`client/src/lib/api/client.ts`), which parses answers with these same schemas. An API shape
 * is therefore written once, here and in the schema modules it names.
 */
export type Endpoint = {
  method: Method;
  /** Hono syntax, from the site root: `/api/documents/:id/threads`. */
  path: `/${string}`;
  summary: string;
  /** The feature it belongs to, as OpenAPI groups operations. */
  tag: string;
  /** `none`: public; `session`: a signed-in session cookie; `admin`: an instance administrator. */
  auth: 'none' | 'session' | 'admin';
  /** Path parameters; without it each `:name` is a plain string. A malformed one answers 404. */
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON request body. */
  body?: z.ZodType;
  /**
   * A `multipart/form-data` body instead: its text fields, checked by `fields`, and its file
   * fields, each with what it holds. Bounded by its route's own size limit, not the JSON one.
   */
  upload?: Upload;
  /** Success answers by status: a JSON body schema, `null` for an empty body, or a media body. */
  answers: Partial<Record<SuccessStatus, Answer>>;
  /**
   * Failures beyond those every endpoint of its kind may give (see `commonFailures`), by status,
   * saying when. They carry the body of `apiErrorSchema`, unless given as a media answer (a
   * public web page answers its 404 as a page).
   */
  failures?: Partial<Record<FailureStatus, string | MediaAnswer>>;
};

export type Upload = { fields: z.ZodObject; files: Readonly<Record<string, string>> };

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type SuccessStatus = 200 | 201 | 202 | 204;
export type FailureStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500 | 502 | 503;

/** A body that is not JSON: a download, a CSV, a web page, an event stream. */
export type MediaAnswer = { mediaType: string; description: string };
export type Answer = z.ZodType | MediaAnswer | null;

/** Keeps the literal types of a contract (paths, statuses, schemas) for the typed server and client. */
export const endpoint = <const E extends Endpoint>(declared: E): E => declared;

export const isMediaAnswer = (answer: unknown): answer is MediaAnswer =>
  typeof answer === 'object' && answer !== null && 'mediaType' in answer;

/** How a success answer's body comes: JSON, nothing, or a media body (a download, a page, a stream). */
export type AnswerKind = 'json' | 'empty' | 'media';

export const answerKind = (answer: Answer): AnswerKind => (answer === null ? 'empty' : isMediaAnswer(answer) ? 'media' : 'json');

/**
 * An endpoint as the browser calls it: its method, path and the kind of each success answer,
 * without the schemas, so that no page downloads zod (a quarter of the script every page needs
 * on a slow link). The server parses each answer with the contract before sending it, so the
 * browser takes the contract's types for what arrives. Written from the contract by
 * `npm run generate:client-routes` (`client/src/lib/api/routes/`); `E` is never a value, only
 * the types `call` reads.
 */
export type Route<E extends Endpoint = Endpoint> = {
  method: E['method'];
  path: E['path'];
  answers: { [S in keyof E['answers']]: AnswerKind };
  readonly contract?: E;
};

export const route = <E extends Endpoint>(declared: Route<E>): Route<E> => declared;

/**
 * Failures any endpoint may give by its shape alone, with when: the request is checked in this
 * order by the server (`server/http/routes.ts`), so these are documented for every endpoint.
 */
export function commonFailures(e: Endpoint): Partial<Record<FailureStatus, string>> {
  const writes = e.method !== 'get';
  return {
    ...(e.query || e.body || e.upload ? { 400: 'Invalid query or body: `error.fields` lists the problems per field, each with a stable `code` (and `params`) to put in words' } : {}),
    ...(e.auth !== 'none' ? { 401: 'Not signed in, or the session expired' } : {}),
    ...(writes || e.auth === 'admin'
      ? { 403: 'Sent from another site, not allowed to the caller (`forbidden`), or a change of something archived (`workspace_archived`, `document_archived`)' }
      : {}),
    ...(pathParamNames(e.path).length > 0 ? { 404: 'No such resource, or not visible to the caller' } : {}),
    ...(writes ? { 413: 'Request body larger than 1 MiB' } : {}),
    500: 'Unexpected server error',
  };
}

/** `/api/documents/:id/threads/:threadId` → `['id', 'threadId']`. */
export const pathParamNames = (path: string): string[] => [...path.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');

type PathParamName<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamName<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The path parameters a caller supplies. */
export type ParamsInput<E extends Endpoint> = E['params'] extends z.ZodObject
  ? z.input<E['params']>
  : { [K in PathParamName<E['path']>]: string };
/** The path parameters a handler receives, validated. */
export type ParamsOf<E extends Endpoint> = E['params'] extends z.ZodObject
  ? z.output<E['params']>
  : { [K in PathParamName<E['path']>]: string };
export type QueryOf<E extends Endpoint> = E['query'] extends z.ZodObject ? z.output<E['query']> : Record<string, never>;
export type BodyOf<E extends Endpoint> = E['body'] extends z.ZodType
  ? z.output<E['body']>
  : E['upload'] extends Upload
    ? { fields: z.output<E['upload']['fields']>; files: { [K in keyof E['upload']['files']]: File } }
    : undefined;

/** What a caller sends: only the parts the endpoint declares. */
export type RequestOf<E extends Endpoint> = ([PathParamName<E['path']>] extends [never] ? object : { params: ParamsInput<E> }) &
  (E['query'] extends z.ZodObject ? { query?: z.input<E['query']> } : object) &
  (E['body'] extends z.ZodType ? { body: z.input<E['body']> } : object) &
  (E['upload'] extends Upload ? { body: FormData } : object);

type Statuses<E extends Endpoint> = keyof E['answers'] & SuccessStatus;

/** The parsed JSON answer a caller gets (`undefined` for an empty one). */
export type AnswerOf<E extends Endpoint> = {
  [S in Statuses<E>]: E['answers'][S] extends z.ZodType ? z.output<E['answers'][S]> : E['answers'][S] extends null ? undefined : never;
}[Statuses<E>];

/** What a handler returns: a status with its declared body, or a ready `Response` for media answers. */
export type ReplyOf<E extends Endpoint> = {
  [S in Statuses<E>]: E['answers'][S] extends z.ZodType
    ? { status: S; body: z.input<E['answers'][S]> }
    : E['answers'][S] extends null
      ? { status: S }
      : Response;
}[Statuses<E>];

/** The path of a request, parameters encoded, with its query string. */
export function urlOf(e: Pick<Endpoint, 'method' | 'path'>, request: { params?: Record<string, string>; query?: Record<string, unknown> } = {}): string {
  const path = e.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${e.method} ${e.path}: missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
