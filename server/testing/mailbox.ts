import { ApiClient } from './api-client.ts';
import type { startSmtpSink } from './smtp-sink.ts';
import { waitFor } from './test-server.ts';

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;

/** A received message's text: quoted-printable soft line breaks split long links in the raw data. */
export const mailText = (data: string): string => data.replace(/=\r\n/g, '').replace(/=3D/g, '=');

/** Waits for a message to `email` whose text matches `pattern`; returns the first capture group. */
export async function waitForMail(sink: Sink, email: string, pattern: RegExp): Promise<string> {
  const find = () => sink.received.map((m) => (m.to.includes(`<${email}>`) ? pattern.exec(mailText(m.data)) : null)).find(Boolean);
  await waitFor(() => find() !== undefined, `an email to ${email} matching ${pattern}`);
  return find()?.[1] ?? '';
}

let counter = 0;

/**
 * Signs up on a server that confirms addresses by email (SMTP to `sink`): sign-up, then the
 * emailed link. Returns the signed-in client, as `signUp` does on servers without email.
 */
export async function signUpConfirmed(baseUrl: string, sink: Sink, name = 'Test user', email = `confirmed${++counter}-${Date.now()}@example.org`) {
  const client = Object.assign(new ApiClient(baseUrl), { email });
  await client.expect(202, 'POST', '/api/auth/signup', { email, password: 'correct horse battery', name });
  const token = await waitForMail(sink, email, /\/confirm\/([A-Za-z0-9_-]{43})/);
  await client.expect(200, 'POST', '/api/auth/confirm', { token });
  return client;
}
