import { describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { colorGivenTo } from './assigned-color.ts';

describe('colorGivenTo', () => {
  it('reads the colour of one client in an update carrying several, and nothing for an absent one', () => {
    const mine = new Awareness(new Y.Doc());
    const theirs = new Awareness(new Y.Doc());
    mine.setLocalStateField('user', { name: 'Ama', color: '#b91c1c' });
    theirs.setLocalStateField('user', { name: 'Kofi', color: '#1d4ed8' });
    const update = encodeAwarenessUpdate(mine, [mine.clientID]);
    expect(colorGivenTo(update, mine.clientID)).toBe('#b91c1c');
    expect(colorGivenTo(encodeAwarenessUpdate(theirs, [theirs.clientID]), mine.clientID)).toBeNull();
  });
});
