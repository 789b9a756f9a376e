import type { Hono } from 'hono';

export type AppResponse = {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string[]> } };
  headers: Headers;
};

/**
 * A cookie-keeping client that calls a Hono app in-process with `app.request()`, as if from the
 * peer `address`: the node adapter's `incoming.socket` is what `clientAddress()` reads. Lets
 * tests act from several addresses and send any header (a forged `Host`), which a real socket
 * on this machine cannot.
 */
export function appClient(app: Pick<Hono, 'request'>, options: { address: string; origin?: string; baseUrl?: string }) {
  const baseUrl = options.baseUrl ?? options.origin ?? 'http://localhost';
  const env = { incoming: { socket: { remoteAddress: options.address } } };
  const client = {
    cookie: '',
    async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<AppResponse> {
      const response = await app.request(
        `${baseUrl}${path}`,
        {
          method,
          headers: {
            // What a client's HTTP library sends: the host of the URL it was given.
            host: new URL(baseUrl).host,
            ...(options.origin ? { origin: options.origin } : {}),
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(client.cookie ? { cookie: client.cookie } : {}),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        env,
      );
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) client.cookie = setCookie.split(';')[0] ?? '';
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as AppResponse['body'], headers: response.headers };
    },
  };
  return client;
}
