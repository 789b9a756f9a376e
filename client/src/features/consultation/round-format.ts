import type { Round } from '../../../../shared/schemas/consultation.ts';
import type { I18n } from '../../lib/i18n/i18n.svelte.ts';

/** A calendar day (YYYY-MM-DD) in the reader's language, read at UTC so no time zone moves it. */
export const formatDay = (day: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** "Open until 12 June 2026", "Opens on …" or "Closed". */
export function statusLine(round: Pick<Round, 'status' | 'opensOn' | 'closesOn'>, i18n: Pick<I18n, 't' | 'locale'>): string {
  const date = formatDay(round.status === 'upcoming' ? round.opensOn : round.closesOn, i18n.locale);
  return i18n.t(`consultation.status.${round.status}`, { date });
}

/** What a disposition can link to as the answer: a version of the document, or a decision-log entry. */
export type AnswerChoice = { kind: 'version' | 'decision'; id: string; label: string };
