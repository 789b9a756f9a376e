import { describe, expect, it } from 'vitest';
import { mentionToken } from '../../../../shared/review/mentions.ts';
import type { Mentionable } from '../../../../shared/schemas/review.ts';
import { insertMention, matchMembers, mentionQuery, mentionsIn, toBody, toDisplay } from './mention-completion.ts';

const dario: Mentionable = { userId: 'dario-0000000001', name: 'Dario Drafter' };
const daniela: Mentionable = { userId: 'daniela-00000002', name: 'Daniela Delegate' };
const helo: Mentionable = { userId: 'helo-00000000003', name: 'Hélo Adamou' };
const dar: Mentionable = { userId: 'dar-000000000004', name: 'Dar' };
const members = [dario, daniela, helo];

describe('the mention being typed', () => {
  it('starts at an @ that begins a word and runs to the caret', () => {
    expect(mentionQuery('Hello @Da', 9)).toEqual({ at: 6, query: 'Da' });
    expect(mentionQuery('@', 1)).toEqual({ at: 0, query: '' });
    expect(mentionQuery('(@dario dr', 10)).toEqual({ at: 1, query: 'dario dr' });
    // The caret decides: text after it is not part of the query.
    expect(mentionQuery('@Da and more', 3)).toEqual({ at: 0, query: 'Da' });
  });

  it('is not an email address, a new line, a leading space or a long text', () => {
    expect(mentionQuery('mail@example', 12)).toBeNull();
    expect(mentionQuery('@Da\nrio', 7)).toBeNull();
    expect(mentionQuery('@ Da', 4)).toBeNull();
    expect(mentionQuery(`@${'a'.repeat(61)}`, 62)).toBeNull();
    expect(mentionQuery('no at sign', 5)).toBeNull();
  });

  it('is not offered again past a mention already completed, but is while inside it', () => {
    const text = '@Dario Drafter please';
    expect(mentionQuery(text, text.length, [dario])).toBeNull();
    expect(mentionQuery(text, 15, [dario])).toBeNull();
    expect(mentionQuery(text, 4, [dario])).toEqual({ at: 0, query: 'Dar' });
    expect(mentionQuery(text, text.length, [])).toEqual({ at: 0, query: 'Dario Drafter please' });
  });
});

describe('members matching a query', () => {
  it('puts names that start with it first, then word starts, then other matches', () => {
    const cyril: Mentionable = { userId: 'cyril-0000000005', name: 'Cyril Dahl' };
    const nada: Mentionable = { userId: 'nada-00000000006', name: 'Nada Ring' };
    expect(matchMembers([nada, cyril, dario, daniela], 'da')).toEqual([daniela, dario, cyril, nada]);
  });

  it('ignores case and accents and accepts several words', () => {
    expect(matchMembers(members, 'HELO')).toEqual([helo]);
    expect(matchMembers(members, 'adam')).toEqual([helo]);
    expect(matchMembers(members, 'dario dr')).toEqual([dario]);
    expect(matchMembers(members, 'dario x')).toEqual([]);
  });

  it('offers everyone, alphabetically and bounded, for a bare @', () => {
    expect(matchMembers(members, '')).toEqual([daniela, dario, helo]);
    expect(matchMembers(members, '', 2)).toEqual([daniela, dario]);
  });
});

describe('inserting and sending mentions', () => {
  it('replaces the query by the name and one space, caret after it', () => {
    expect(insertMention('Hi @Da, ok', { at: 3, query: 'Da' }, dario)).toEqual({ text: 'Hi @Dario Drafter , ok', caret: 18 });
    expect(insertMention('Hi @Da more', { at: 3, query: 'Da' }, dario)).toEqual({ text: 'Hi @Dario Drafter more', caret: 18 });
  });

  it('sends picked members as tokens and leaves other @text as typed', () => {
    const text = 'Thanks @Dario Drafter and @Dario, mail a@b.c; @Dario Drafters is someone else';
    expect(toBody(text, [dario])).toBe(`Thanks ${mentionToken(dario.userId, dario.name)} and @Dario, mail a@b.c; @Dario Drafters is someone else`);
    expect(toBody('no mention', [dario])).toBe('no mention');
  });

  it('prefers the longest picked name where one name begins another', () => {
    const text = '@Dario Drafter then @Dar';
    expect(toBody(text, [dar, dario])).toBe(`${mentionToken(dario.userId, dario.name)} then ${mentionToken(dar.userId, dar.name)}`);
    expect(mentionsIn(text, [dar, dario])).toEqual([dario, dar]);
  });

  it('forgets a picked member whose name was edited away', () => {
    expect(mentionsIn('@Dario Drafte please', [dario])).toEqual([]);
    expect(mentionsIn('@Dario Drafter and @Dario Drafter', [dario])).toEqual([dario]);
  });

  it('shows a stored body for editing with current names and sends it back the same', () => {
    const body = `${mentionToken(dario.userId, 'Dario Old')} and ${mentionToken(helo.userId, 'Hélo Adamou')} ok`;
    const shown = toDisplay(body, new Map([[dario.userId, dario.name]]));
    expect(shown).toEqual({ text: '@Dario Drafter and @Hélo Adamou ok', picked: [dario, helo] });
    expect(toBody(shown.text, shown.picked)).toBe(`${mentionToken(dario.userId, dario.name)} and ${mentionToken(helo.userId, 'Hélo Adamou')} ok`);
  });
});
