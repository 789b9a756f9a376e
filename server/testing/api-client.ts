import { urlOf, type AnswerOf, type Endpoint, type RequestOf } from '../../shared/api/endpoint.ts';
import type { FieldIssues } from '../../shared/schemas/field-issues.ts';
import { checkAnswer } from './contract-check.ts';

export type ClientResponse = {
  status: number;
  /** Parsed JSON, the text of other answers, or null when empty. */
  body: Record<string, unknown> & { error?: { code: string; message: string; fields?: FieldIssues } };
  headers: Headers;
};

/** Reads an answer: JSON parsed, other types as text; checked against the contract. */
export async function readAnswer(method: string, path: string, response: Response): Promise<ClientResponse> {
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  const body: unknown = !text ? null : contentType.includes('json') ? JSON.parse(text) : text;
  checkAnswer(method, path, { status: response.status, contentType, body });
  return { status: response.status, body: body as ClientResponse['body'], headers: response.headers };
}

/** What both test clients offer on top of `request`: typed calls of the contract. */
export type ContractCalls = {
  /** Calls an endpoint; fails the test unless it answers `status` (its first declared one by default). */
  call<E extends Endpoint>(e: E, request: RequestOf<E>, status?: keyof E['answers'] & number): Promise<AnswerOf<E>>;
};

export function contractCalls(request: (method: string, path: string, body?: unknown) => Promise<ClientResponse>): ContractCalls {
  return {
    async call(e, parts, status) {
      const expected = status ?? Number(Object.keys(e.answers)[0]);
      const path = urlOf(e, parts as Parameters<typeof urlOf>[1]);
      const response = await request(e.method.toUpperCase(), path, (parts as { body?: unknown }).body);
      if (response.status !== expected) {
        throw new Error(`${e.method} ${path}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body)}`);
      }
      return (response.body ?? undefined) as never;
    },
  };
}

/**
 * A minimal cookie-keeping HTTP client for tests and scripts: one instance is one signed-in
 * browser. Sends `Origin` like a browser does, so the CSRF check is exercised. Every answer is
 * checked against the API contract.
 */
export class ApiClient {
  cookie = '';
  readonly call: ContractCalls['call'];

  constructor(readonly baseUrl: string) {
    this.call = contractCalls((method, path, body) => this.request(method, path, body)).call;
  }

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ClientResponse> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.baseUrl,
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: body instanceof FormData ? body : JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    return readAnswer(method, path, response);
  }

  /** Like `request`, but fails the test on an unexpected status; `call` gives typed answers. */
  async expect(status: number, method: string, path: string, body?: unknown): Promise<ClientResponse['body']> {
    const response = await this.request(method, path, body);
    if (response.status !== status) {
      throw new Error(`${method} ${path}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  }
}

let accountCounter = 0;

/** Signs up a fresh account and returns its signed-in client. */
export async function signUp(baseUrl: string, name = 'Test user'): Promise<ApiClient & { email: string }> {
  const client = Object.assign(new ApiClient(baseUrl), { email: `user${++accountCounter}-${Date.now()}@example.org` });
  await client.expect(201, 'POST', '/api/auth/signup', { email: client.email, password: 'correct horse battery', name });
  return client;
}
