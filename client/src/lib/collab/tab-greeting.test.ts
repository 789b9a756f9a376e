import { afterEach, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { greetTabsWithStateVectorOnly } from './tab-greeting.ts';

const providers: WebsocketProvider[] = [];
afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

/** A tab's provider on `channel`, never connected to a server. */
function tab(channel: string, text: string, greet: (provider: WebsocketProvider) => void = greetTabsWithStateVectorOnly) {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'room', doc, { connect: false, WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket });
  provider.bcChannel = channel;
  provider.awareness.setLocalStateField('user', { name: text });
  greet(provider);
  providers.push(provider);
  return { doc, provider, text: () => doc.getText('t').toString() };
}

describe('greeting the other tabs', () => {
  it('takes what the open tabs have and sends them only its state vector', () => {
    const open = tab('greeting-1', 'open');
    open.provider.connectBc();
    const opening = tab('greeting-1', 'new ');
    opening.provider.connectBc();
    // The open tab answered the state vector with what the opening tab lacked…
    expect(opening.text()).toContain('open');
    // …and did not receive the opening tab's whole document.
    expect(open.text()).toBe('open');
    // Presence was exchanged as before.
    expect([...open.provider.awareness.getStates().keys()]).toContain(opening.doc.clientID);
  });

  it('then sends each edit as it is made', () => {
    const open = tab('greeting-3', 'open');
    open.provider.connectBc();
    const opening = tab('greeting-3', '');
    opening.provider.connectBc();
    opening.doc.getText('t').insert(4, '!');
    expect(open.text()).toBe('open!');
  });

  it('the stock greeting sent the whole document (what the above relies on not happening)', () => {
    const open = tab('greeting-2', 'open', () => {});
    open.provider.connectBc();
    const opening = tab('greeting-2', 'new ', () => {});
    opening.provider.connectBc();
    expect(open.text()).toContain('new');
  });
});
