import type { WebsocketProvider } from 'y-websocket';

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/**
 * How often, at most, this client's own presence goes out while it keeps changing. The caret
 * moves at every keystroke: sent each time, it doubled the messages of typing (one update, one
 * presence), which a fast typist's upload and the server's per-connection message budget pay
 * for. Others see the caret ten times a second; the last position always goes out.
 */
export const OWN_PRESENCE_INTERVAL_MS = 100;

/**
 * Makes a y-websocket provider send only its own presence. The stock provider sends every
 * awareness change to the server, also those it has just received from it: each caret move of
 * one person came back to the server once from every other person present (N² messages per
 * move, yjs/yjs#732). That spent everyone's upload, which is scarce on the links Cadre's users
 * have, and the server's per-connection presence budget, which then dropped the person's own
 * caret moves in busy documents. Received changes that concern this client are still answered
 * (the server saying it left, which the awareness protocol answers with "still here").
 * Its own changes go out at once, then at most every `OWN_PRESENCE_INTERVAL_MS` while they go on.
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider): void {
  const { awareness } = provider;
  const sendChanges = provider._awarenessUpdateHandler;
  const own = awareness.clientID;
  const ownState: AwarenessChanges = { added: [], updated: [own], removed: [] };
  let lastSent = -Infinity;
  let pending: ReturnType<typeof setTimeout> | null = null;
  // The message is encoded when sent, from the state at that moment: a delayed one carries the
  // latest caret.
  const sendOwnState = (origin: unknown): void => {
    lastSent = Date.now();
    sendChanges(ownState, origin);
  };
  const sendOwn = (changes: AwarenessChanges, origin: unknown): void => {
    const { added, updated, removed } = changes;
    if (origin === provider) {
      if (added.includes(own) || updated.includes(own) || removed.includes(own)) sendOwnState(origin);
      return;
    }
    const onlyOwnState = removed.length === 0 && [...added, ...updated].every((id) => id === own);
    if (!onlyOwnState) return sendChanges(changes, origin);
    if (pending !== null) return;
    const wait = lastSent + OWN_PRESENCE_INTERVAL_MS - Date.now();
    if (wait <= 0) return sendOwnState(origin);
    pending = setTimeout(() => {
      pending = null;
      sendOwnState(origin);
    }, wait);
  };
  awareness.off('update', sendChanges);
  // The provider removes this same property's listener when destroyed.
  provider._awarenessUpdateHandler = sendOwn;
  awareness.on('update', sendOwn);
}
