import { describe, expect, it } from 'vitest';
import { messageBodySchema } from '../schemas/review.ts';
import { MAX_MENTIONS, mentionedIds, mentionToken, messageParts, plainMessage, withNames } from './mentions.ts';

const DARIO = 'dario-0000000001';
const ELENA = 'elena-0000000002';

describe('mention tokens', () => {
  it('splits a message into text and mentions by id', () => {
    const body = `${mentionToken(DARIO, 'Dario Drafter')}, see ${mentionToken(ELENA, 'Elena')}.`;
    expect(messageParts(body)).toEqual([
      { kind: 'mention', userId: DARIO, label: 'Dario Drafter' },
      { kind: 'text', text: ', see ' },
      { kind: 'mention', userId: ELENA, label: 'Elena' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('lists each member mentioned once, in order, and ignores plain @names and malformed tokens', () => {
    const body = `@Elena ${mentionToken(ELENA, 'Elena')} ${mentionToken(DARIO, 'D')} ${mentionToken(ELENA, 'E')} @[x](user:short) @[](user:${DARIO})`;
    expect(mentionedIds(body)).toEqual([ELENA, DARIO]);
  });

  it('keeps a label that cannot break the token out of brackets and line breaks', () => {
    const token = mentionToken(DARIO, 'Dario [the] \n Drafter');
    expect(token).toBe(`@[Dario the Drafter](user:${DARIO})`);
    expect(messageParts(token)).toEqual([{ kind: 'mention', userId: DARIO, label: 'Dario the Drafter' }]);
    expect(mentionToken(DARIO, '[]')).toBe(`@[?](user:${DARIO})`);
  });

  it('writes mentions with the current name, or the label for an unknown id', () => {
    const body = `${mentionToken(DARIO, 'Dario Drafter')} and ${mentionToken(ELENA, 'Elena Expert')}: ok?`;
    const names = new Map([[DARIO, 'Dario Dupont']]);
    expect(withNames(body, (id) => names.get(id))).toBe('@Dario Dupont and @Elena Expert: ok?');
    expect(withNames('no mention', () => 'x')).toBe('no mention');
    const message = { body, mentions: [{ userId: ELENA, name: 'Elena Ekwueme' }] };
    expect(plainMessage(message)).toBe('@Dario Drafter and @Elena Ekwueme: ok?');
  });

  it('bounds the members one message may mention', () => {
    const ids = Array.from({ length: MAX_MENTIONS + 1 }, (_, i) => `member-${String(i).padStart(8, '0')}`);
    const body = (count: number) => ids.slice(0, count).map((id) => mentionToken(id, 'M')).join(' ');
    expect(messageBodySchema.safeParse({ body: body(MAX_MENTIONS) }).success).toBe(true);
    const refused = messageBodySchema.safeParse({ body: body(MAX_MENTIONS + 1) });
    expect(refused.success).toBe(false);
    // The same member many times is one mention.
    expect(messageBodySchema.safeParse({ body: Array(MAX_MENTIONS + 5).fill(mentionToken(DARIO, 'D')).join(' ') }).success).toBe(true);
  });
});
