import type { WebsocketProvider } from 'y-websocket';

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/**
 * Makes a y-websocket provider send only its own presence. The stock provider sends every
 * awareness change to the server, also those it has just received from it: each caret move of
 * one person came back to the server once from every other person present (N² messages per
 * move, yjs/yjs#732). That spent everyone's upload, which is scarce on the links Cadre's users
 * have, and the server's per-connection presence budget, which then dropped the person's own
 * caret moves in busy documents. Received changes that concern this client are still answered
 * (the server saying it left, which the awareness protocol answers with "still here").
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider): void {
  const { awareness } = provider;
  const sendChanges = provider._awarenessUpdateHandler;
  const sendOwn = (changes: AwarenessChanges, origin: unknown): void => {
    if (origin !== provider) return sendChanges(changes, origin);
    const { added, updated, removed } = changes;
    const own = awareness.clientID;
    if (added.includes(own) || updated.includes(own) || removed.includes(own)) sendChanges({ added: [], updated: [own], removed: [] }, origin);
  };
  awareness.off('update', sendChanges);
  // The provider removes this same property's listener when destroyed.
  provider._awarenessUpdateHandler = sendOwn;
  awareness.on('update', sendOwn);
}
