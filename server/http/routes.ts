import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { User } from '../../shared/schemas/auth.ts';
import { isMediaAnswer, type BodyOf, type Endpoint, type ParamsOf, type QueryOf, type ReplyOf, type Upload } from '../../shared/api/endpoint.ts';
import { requireAuth } from '../auth/middleware.ts';
import type { Policy } from '../auth/policy.ts';
import type { Session } from '../auth/sessions.ts';
import { fieldIssue } from '../../shared/schemas/field-issues.ts';
import type { AppEnv } from './context.ts';
import { errorBody, HttpError, jsonBody, parseOrThrow } from './errors.ts';

type Signed = { user: User; session: Session };

/** What a handler receives: the request parts its endpoint declares, validated. */
export type RequestInput<E extends Endpoint> = {
  params: ParamsOf<E>;
  query: QueryOf<E>;
  body: BodyOf<E>;
  /** The signed-in caller; `null` only on public endpoints, where a session is optional. */
  auth: E['auth'] extends 'none' ? Signed | null : Signed;
};

export type Handler<E extends Endpoint> = (input: RequestInput<E>, c: Context<AppEnv>) => ReplyOf<E> | Promise<ReplyOf<E>>;

/** An endpoint with its handler; route modules return a list of these. */
export type Route = {
  endpoint: Endpoint;
  handle: (input: RequestInput<Endpoint>, c: Context<AppEnv>) => unknown;
  /** Runs before the request is parsed, so a malformed request counts too (rate limits). */
  before?: ((c: Context<AppEnv>) => Promise<void>) | undefined;
  /** An upload's own body limit, in place of the 1 MiB every other request has (`app.ts`). */
  maxBodyBytes?: number | undefined;
};

/** Pairs a handler with its contract; the handler's input and reply are typed by the contract. */
export function route<const E extends Endpoint>(endpoint: E, handle: Handler<E>, options: Pick<Route, 'before' | 'maxBodyBytes'> = {}): Route {
  return { endpoint, handle: handle as unknown as Route['handle'], before: options.before, maxBodyBytes: options.maxBodyBytes };
}

/** Whether a request goes to a route that bounds its body itself, so the JSON limit leaves it to it. */
export function ownsBodyLimit(routes: readonly Route[]): (method: string, path: string) => boolean {
  const patterns = routes
    .filter((r) => r.maxBodyBytes !== undefined)
    .map((r) => ({ method: r.endpoint.method.toUpperCase(), path: new RegExp(`^${r.endpoint.path.replace(/:\w+/g, '[^/]+')}$`) }));
  return (method, path) => patterns.some((p) => p.method === method && p.path.test(path));
}

/** Answers 413 and closes the connection: the unread rest would be taken for the next request. */
export const limitBody = (maxSize: number, code: string, message: string): MiddlewareHandler =>
  bodyLimit({ maxSize, onError: (c) => c.json(errorBody(new HttpError(413, code, message)), 413, { connection: 'close' }) });

/**
 * Mounts routes on the app at their contract's path. The request is checked in a fixed order:
 * session (401), administrator (403), the route's `before` check (a rate limit: 429), path
 * parameters (404: a malformed id names nothing), query and body (400); then the handler runs,
 * and its JSON answer is parsed with the declared schema, so nothing undeclared (a hash, an
 * internal field) can leave the server. Returns the endpoints mounted, from which the OpenAPI
 * document is generated.
 */
export function mountRoutes(app: Hono<AppEnv>, routes: Route[], policy: Pick<Policy, 'authorizeInstance'>): Endpoint[] {
  for (const { endpoint, handle, before, maxBodyBytes } of routes) {
    if (maxBodyBytes !== undefined) {
      app.on(endpoint.method.toUpperCase(), endpoint.path, limitBody(maxBodyBytes, 'file_too_large', `the file is larger than ${maxBodyBytes} bytes`));
    }
    app.on(endpoint.method.toUpperCase(), endpoint.path, async (c) => {
      const auth = endpoint.auth === 'none' ? c.get('auth') : requireAuth(c);
      if (endpoint.auth === 'admin' && auth) policy.authorizeInstance(auth.user, 'administerInstance');
      await before?.(c);
      const params = endpoint.params ? pathParams(endpoint.params, c.req.param()) : c.req.param();
      const query = endpoint.query ? parseOrThrow(endpoint.query, c.req.query(), 'query') : {};
      const body = endpoint.body ? await jsonBody(c, endpoint.body) : endpoint.upload ? await uploadBody(c, endpoint.upload) : undefined;
      const reply = await handle({ params, query, body, auth } as RequestInput<Endpoint>, c);
      return answer(c, endpoint, reply);
    });
  }
  return routes.map((r) => r.endpoint);
}

/** Reads a multipart body (bounded by the route's limit) into its checked fields and files. */
async function uploadBody(c: Context<AppEnv>, upload: Upload) {
  let form: Record<string, string | File>;
  try {
    form = await c.req.parseBody();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'invalid_request', 'request body must be multipart/form-data');
  }
  const texts = Object.fromEntries(Object.entries(form).filter(([name, value]) => typeof value === 'string' && !(name in upload.files)));
  const fields = parseOrThrow(upload.fields, texts, 'request body');
  const files: Record<string, File> = {};
  for (const name of Object.keys(upload.files)) {
    const value = form[name];
    if (!(value instanceof File)) throw new HttpError(400, 'invalid_request', 'invalid request body', { [name]: [fieldIssue('required', `${name} is required`)] });
    files[name] = value;
  }
  return { fields, files };
}

function pathParams(schema: z.ZodObject, raw: Record<string, string>) {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new HttpError(404, 'not_found', `${Object.keys(raw).join(', ')} not found`);
  return parsed.data;
}

function answer(c: Context<AppEnv>, endpoint: Endpoint, reply: unknown): Response {
  if (reply instanceof Response) return reply;
  const { status, body } = reply as { status: keyof Endpoint['answers']; body?: unknown };
  const declared = endpoint.answers[status];
  if (declared === undefined || isMediaAnswer(declared)) {
    throw new Error(`${endpoint.method} ${endpoint.path}: status ${status} is not a declared JSON answer`);
  }
  if (declared === null) return c.body(null, status);
  const checked = declared.safeParse(body);
  if (!checked.success) {
    throw new Error(`${endpoint.method} ${endpoint.path}: answer ${status} does not match its schema: ${z.prettifyError(checked.error)}`);
  }
  return c.json(checked.data as object, status as ContentfulStatusCode);
}
