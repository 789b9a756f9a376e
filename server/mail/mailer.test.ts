import { afterEach, describe, expect, it } from 'vitest';
import type { CadreServer } from '../server.ts';
import { ApiClient } from '../testing/api-client.ts';
import { captureLogger } from '../testing/log-capture.ts';
import { startSmtpSink } from '../testing/smtp-sink.ts';
import { signUpConfirmed } from '../testing/mailbox.ts';
import { startTestServer, waitFor } from '../testing/test-server.ts';
import { contract } from '../../shared/api/index.ts';

/** Quoted-printable soft line breaks split long links in the raw message. */
const body = (data: string) => data.replace(/=\r\n/g, '').replace(/=3D/g, '=');

describe('emails over SMTP when SMTP_URL is set', () => {
  let server: CadreServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  afterEach(async () => {
    await server.close();
    await sink.close();
  });

  it('mails reset and invitation links instead of logging them or showing them to the administrator', async () => {
    sink = await startSmtpSink();
    const logger = captureLogger();
    server = await startTestServer({ smtpUrl: sink.url, mailFrom: 'Cadre <cadre@example.org>', logger });
    // With SMTP, accounts confirm their address first; those emails are not under test here.
    const facilitator = await signUpConfirmed(server.url, sink, 'Fatou Facilitator');
    const { id: workspaceId } = await facilitator.call(contract.workspaces.create, { body: { title: 'Migration policy' } });
    const invitee = await signUpConfirmed(server.url, sink);
    sink.received.splice(0);

    await new ApiClient(server.url).expect(202, 'POST', '/api/auth/password-reset/request', { email: facilitator.email });
    await waitFor(() => sink.received.length === 1, 'the reset email');
    const reset = sink.received[0];
    expect(reset?.to).toEqual([`<${facilitator.email}>`]);
    expect(body(reset?.data ?? '')).toMatch(new RegExp(`${server.url}/reset/[A-Za-z0-9_-]{43}`));
    expect(logger.events.some((e) => e.event === 'auth.password-reset-link')).toBe(false);
    const admin = await facilitator.call(contract.admin.passwordResets, {});
    expect(admin.passwordResets.map((r) => r.link)).toEqual([null]);

    const invitation = await facilitator.call(contract.invitations.create, { params: { id: workspaceId }, body: {
      email: invitee.email,
      role: 'drafter',
    } });
    await waitFor(() => sink.received.length === 2, 'the invitation email');
    expect(sink.received[1]?.to).toEqual([`<${invitee.email}>`]);
    expect(body(sink.received[1]?.data ?? '')).toContain(invitation.link);
  });
});
