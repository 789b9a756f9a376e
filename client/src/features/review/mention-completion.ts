import { mentionToken, messageParts } from '../../../../shared/review/mentions.ts';
import type { Mentionable } from '../../../../shared/schemas/review.ts';

/**
 * The pure part of mention completion in review text boxes (`MentionInput.svelte`): finding
 * the `@query` being typed, the members it matches, and turning the text the person sees
 * (`@Dario Drafter`) into the stored tokens (`@[Dario Drafter](user:…)`) and back.
 */

/** Where text boxes find the members one may mention: loaded when a box first needs them. */
export type MentionSource = { readonly mentionable: readonly Mentionable[] | null; wantMentionable(): void };

/** The most members the list offers at once; typing more letters narrows it. */
export const MAX_OFFERED = 8;
/** A query longer than this is ordinary text that happens to follow an `@`. */
const MAX_QUERY = 60;

/** The `@` being completed: where it is and what follows it up to the caret. */
export type MentionQuery = { at: number; query: string };

const isWordCharacter = (character: string | undefined): boolean => character !== undefined && /[\p{L}\p{N}_]/u.test(character);

/** Lower case without accents, so `@helo` finds Hélo and `@ELENA` finds Elena. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The picked member whose `@Name` starts at `at` and ends at a word boundary (the longest name wins). */
function pickedAt(text: string, at: number, picked: readonly Mentionable[]): Mentionable | undefined {
  return [...picked]
    .sort((a, b) => b.name.length - a.name.length)
    .find((member) => text.startsWith(`@${member.name}`, at) && !isWordCharacter(text[at + member.name.length + 1]));
}

/**
 * The mention being typed when the caret is at `caret`, if any: an `@` at the start or after a
 * character that cannot end a word (so `mail@example.org` is not one), followed by at most
 * {@link MAX_QUERY} characters on the same line. A mention already completed is not offered again.
 */
export function mentionQuery(text: string, caret: number, picked: readonly Mentionable[] = []): MentionQuery | null {
  const at = text.lastIndexOf('@', caret - 1);
  if (at < 0 || isWordCharacter(text[at - 1])) return null;
  const query = text.slice(at + 1, caret);
  if (query.length > MAX_QUERY || /[\r\n@]/.test(query) || query.startsWith(' ')) return null;
  const done = pickedAt(text, at, picked);
  if (done && caret >= at + 1 + done.name.length) return null;
  return { at, query };
}

/**
 * The members whose name matches `query`, best first: names that start with it, then names
 * with a word that does, then names that contain it; alphabetical within each. Case and
 * accents are ignored.
 */
export function matchMembers(members: readonly Mentionable[], query: string, limit = MAX_OFFERED): Mentionable[] {
  const wanted = fold(query.trim());
  const rank = (name: string): number => {
    const folded = fold(name);
    if (folded.startsWith(wanted)) return 0;
    if (folded.split(/[\s'’-]+/u).some((word) => word.startsWith(wanted))) return 1;
    return folded.includes(wanted) ? 2 : -1;
  };
  return members
    .map((member) => ({ member, rank: rank(member.name) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.member.name.localeCompare(b.member.name))
    .slice(0, limit)
    .map(({ member }) => member);
}

/** Replaces the query being typed by the member's name and a space; the caret goes after it. */
export function insertMention(text: string, { at, query }: MentionQuery, member: Mentionable): { text: string; caret: number } {
  const inserted = `@${member.name} `;
  // A space already following the query is not doubled.
  const rest = text.slice(at + 1 + query.length).replace(/^ /, '');
  return { text: text.slice(0, at) + inserted + rest, caret: at + inserted.length };
}

/** The members picked from the list whose `@Name` is still in the text, each once. */
export function mentionsIn(text: string, picked: readonly Mentionable[]): Mentionable[] {
  const found = new Map<string, Mentionable>();
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const member = pickedAt(text, at, picked);
    if (member) found.set(member.userId, member);
  }
  return [...found.values()];
}

/** The body to send: each `@Name` of a picked member becomes that member's token. */
export function toBody(text: string, picked: readonly Mentionable[]): string {
  let body = '';
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at)) {
    const member = pickedAt(text, at, picked);
    if (member) {
      body += text.slice(from, at) + mentionToken(member.userId, member.name);
      from = at = at + 1 + member.name.length;
    } else {
      at += 1;
    }
  }
  return body + text.slice(from);
}

/**
 * The text to show for editing a stored body, each token as `@Name` with the current name
 * (`names`, else the token's label), and the members it mentions, as if picked again.
 */
export function toDisplay(body: string, names: ReadonlyMap<string, string>): { text: string; picked: Mentionable[] } {
  const picked = new Map<string, Mentionable>();
  const text = messageParts(body)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const name = names.get(part.userId) ?? part.label;
      picked.set(part.userId, { userId: part.userId, name });
      return `@${name}`;
    })
    .join('');
  return { text, picked: [...picked.values()] };
}
