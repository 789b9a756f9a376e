import type { Hono } from 'hono';
import { contractCalls, readAnswer, type ClientResponse } from './api-client.ts';

export type AppResponse = ClientResponse;

/**
 * A cookie-keeping client that calls a Hono app in-process with `app.request()`, as if from the
 * peer `address`: the node adapter's `incoming.socket` is what `clientAddress()` reads. Lets
 * tests act from several addresses and send any header (a forged `Host`), which a real socket
 * on this machine cannot. Every answer is checked against the API contract.
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
      return readAnswer(method, path, response);
    },
  };
  return Object.assign(client, contractCalls(client.request));
}
