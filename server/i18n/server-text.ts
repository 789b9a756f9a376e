import { inLanguage } from '../../shared/i18n/in-language.ts';
import type { PluralMessage } from '../../shared/i18n/plural.ts';
import type { Role } from '../../shared/policy/abilities.ts';
import type { WorkingLanguage } from '../../shared/i18n/working-languages.ts';
import type { NotificationKind } from '../../shared/schemas/notifications.ts';
import { serverTextAr } from './server-text-ar.ts';
import { serverTextEn } from './server-text-en.ts';
import { serverTextEs } from './server-text-es.ts';
import { serverTextFr } from './server-text-fr.ts';
import { serverTextPt } from './server-text-pt.ts';

/** An email: `{name}` placeholders are filled by the sender. */
export type MailText = { subject: string; body: string };

/**
 * Everything the server writes for people to read, outside exports (`server/export/labels-*.ts`)
 * and the guide (`shared/cycle/text-*.ts`): emails and the names it gives to things it creates.
 * One file per language (`server-text-<language>.ts`) so translators work side by side.
 */
export type ServerText = {
  /** Name of the version taken by itself once a burst of edits ends. */
  automaticCheckpoint: string;
  /** The default validation ladder (domain guide §2, stage 6), in order. */
  validationSteps: readonly [string, string, string, string, string];
  roles: Record<Role, string>;
  /** `{link}`: where to choose a new password. */
  passwordReset: MailText;
  /** `{link}`: the confirmation link. */
  signupConfirmation: MailText;
  /** `{origin}`: the address of the instance. */
  signupExisting: MailText;
  /** `{inviter}`, `{workspace}`, `{role}`, `{link}`. */
  invitation: MailText;
  digest: {
    /** With `{count}` unread notifications. */
    subject: PluralMessage;
    /** What the person named first in a line did. */
    actions: Record<NotificationKind, string>;
  };
};

export const SERVER_TEXT: Readonly<Record<WorkingLanguage, ServerText>> = {
  en: serverTextEn,
  fr: serverTextFr,
  pt: serverTextPt,
  es: serverTextEs,
  ar: serverTextAr,
};

export const serverText = (language: string): ServerText => inLanguage(SERVER_TEXT, language);
