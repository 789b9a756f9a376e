/**
 * A minimal cookie-keeping HTTP client for tests and scripts: one instance is one signed-in
 * browser. Sends `Origin` like a browser does, so the CSRF check is exercised.
 */
export class ApiClient {
  cookie = '';

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.baseUrl,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : null;
    return { status: response.status, body: json as Record<string, unknown> & { error?: { code: string } }, headers: response.headers };
  }

  /** Like `request`, but fails the test on an unexpected status. */
  async expect<T = Record<string, unknown>>(status: number, method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    if (response.status !== status) {
      throw new Error(`${method} ${path}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body as T;
  }
}

let accountCounter = 0;

/** Signs up a fresh account and returns its signed-in client. */
export async function signUp(baseUrl: string, name = 'Test user'): Promise<ApiClient & { email: string }> {
  const client = Object.assign(new ApiClient(baseUrl), { email: `user${++accountCounter}-${Date.now()}@example.org` });
  await client.expect(201, 'POST', '/api/auth/signup', { email: client.email, password: 'correct horse battery', name });
  return client;
}
