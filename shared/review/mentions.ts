/**
 * Mentions in review messages. A member picked from the completion list is stored as the token
 * `@[Name](user:<userId>)`: the server notifies by the id, so a member renamed since is still
 * told, and readers see the member's current name (the label is only what was shown when the
 * mention was typed, kept for a member whose account is gone). Plain `@Name` text written
 * before tokens existed is matched by name on the server, as it always was.
 */

/** The most members one message may mention by id: a bound on the notifications it sends. */
export const MAX_MENTIONS = 20;

/** The longest label a token keeps (a person's name is at most 120 characters). */
const MAX_LABEL = 120;

// The id's shape is that of every stored id (`idSchema`); a label holds no bracket or line break.
const TOKEN = /@\[([^[\]\r\n]{1,120})\]\(user:([A-Za-z0-9_-]{8,64})\)/g;

export type MessagePart = { kind: 'text'; text: string } | { kind: 'mention'; userId: string; label: string };

/** The token that mentions `userId`, labelled with `name` made safe for the token's syntax. */
export function mentionToken(userId: string, name: string): string {
  const label = name.replace(/[[\]\s]+/g, ' ').trim().slice(0, MAX_LABEL) || '?';
  return `@[${label}](user:${userId})`;
}

/** A message as text and mentions, in order. */
export function messageParts(body: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ kind: 'text', text: body.slice(last, match.index) });
    parts.push({ kind: 'mention', label: match[1] ?? '', userId: match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

/** The members a message mentions by id, each once, in order of first mention. */
export function mentionedIds(body: string): string[] {
  return [...new Set(messageParts(body).flatMap((part) => (part.kind === 'mention' ? [part.userId] : [])))];
}

/**
 * The message as plain text, each mention written `@Name` with the name `nameOf` gives (the
 * current one), or the token's label when it gives none: for excerpts, emails and exports.
 */
export function withNames(body: string, nameOf: (userId: string) => string | undefined): string {
  return messageParts(body)
    .map((part) => (part.kind === 'text' ? part.text : `@${nameOf(part.userId) ?? part.label}`))
    .join('');
}

/** A message as read from the server, in plain text: its mentions under the names it carries. */
export const plainMessage = ({ body, mentions }: { body: string; mentions: ReadonlyArray<{ userId: string; name: string }> }): string =>
  withNames(body, (userId) => mentions.find((m) => m.userId === userId)?.name);
