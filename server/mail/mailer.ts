import type { Transporter } from 'nodemailer';
import type { Logger } from '../logger.ts';

export type MailMessage = { to: string; subject: string; text: string };

/** Sends the few emails Cadre writes (reset and invitation links); absent without SMTP. */
export type Mailer = { send(message: MailMessage): Promise<void> };

export type MailerOptions = { smtpUrl: string | undefined; from: string };

/**
 * An SMTP mailer when `SMTP_URL` is set, otherwise `undefined`: callers then fall back to
 * logging the link or showing it to the administrator, so an instance without mail still works.
 */
export function createMailer({ smtpUrl, from }: MailerOptions): Mailer | undefined {
  if (smtpUrl === undefined) return undefined;
  // The SMTP client is loaded with the first email: most instances send few, some none.
  let transport: Promise<Transporter> | undefined;
  return {
    async send({ to, subject, text }) {
      transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(smtpUrl));
      await (await transport).sendMail({ from, to, subject, text });
    },
  };
}

/**
 * Emails a message in the background and reports whether it went out. Callers never await it
 * inside a request whose timing must not reveal whether an account exists.
 */
export async function trySend(mailer: Mailer | undefined, message: MailMessage, logger: Logger): Promise<boolean> {
  if (!mailer) return false;
  try {
    await mailer.send(message);
    return true;
  } catch (error) {
    logger.error('mail.send-failed', { subject: message.subject, message: error instanceof Error ? error.message : String(error) });
    return false;
  }
}
