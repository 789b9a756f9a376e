/**
 * Constants of the collaboration protocol shared by the sync server and the client.
 *
 * The wire format is the standard y-websocket protocol (y-protocols sync and awareness),
 * so the stock `WebsocketProvider` works unmodified against `/collab/<documentId>`.
 * Cadre adds one optional message, `durabilityCheck`, that only Cadre's own client sends.
 */

/** Path prefix of the sync WebSocket: `ws(s)://host/collab/<documentId>`. */
export const COLLAB_PATH = '/collab';

/** Name of the Y.XmlFragment that holds a policy document's rich text. */
export const DOC_CONTENT_FIELD = 'content';

/** First varUint of every message, as in y-websocket. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /**
   * Client → server: `[100, nonce]` asks "is everything I sent before this durable?".
   * Server → client: `[100, nonce]` answers yes. The server processes one connection's
   * messages in order and persists every update before relaying it, so the answer is sent
   * once all earlier messages of that connection are on disk. Stock clients never send it
   * and therefore never receive it.
   */
  durabilityCheck: 100,
} as const;

/**
 * WebSocket close codes the server uses, so the client can explain what happened. As in
 * y-websocket's convention, 4400-4499 mirror HTTP 4xx and are permanent: the stock provider
 * stops reconnecting. Codes outside that range are worth a reconnect.
 */
export const CloseCode = {
  /** A message could not be decoded (truncated, random bytes, unknown type). */
  malformedMessage: 4400,
  /** No valid session: sign in again. */
  unauthenticated: 4401,
  /** The connection tried something its access level forbids (e.g. a read-only edit). */
  forbidden: 4403,
  /** The document does not exist or the user may not see it. */
  notFound: 4404,
  /** An update or presence state too large, or a document over its size quota. */
  tooLarge: 4413,
  /** An update with content the editor's schema does not allow (unknown node, mark, attribute). */
  contentNotAllowed: 4422,
  /**
   * Too many messages, bytes or connections in too short a time (a flood, not typing). Cadre's
   * client waits, its budget refilling, then connects again by itself (`pauseAfterRateLimit`).
   */
  rateLimited: 4429,
  /** The user's access changed; reconnecting re-authorizes with the new access. */
  accessChanged: 4100,
  /** The server failed to process or save a message; reconnecting resends it. */
  internalError: 4500,
  /** The client read too slowly to keep up; reconnecting resyncs it. */
  overloaded: 4503,
  /** Standard code for a message over the size limit (sent by `ws` itself). */
  messageTooBig: 1009,
  /** Standard code used when the server shuts down. */
  goingAway: 1001,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which reconnecting with the same credentials cannot succeed. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.malformedMessage,
  CloseCode.unauthenticated,
  CloseCode.forbidden,
  CloseCode.notFound,
  CloseCode.tooLarge,
  CloseCode.contentNotAllowed,
]);

/**
 * How long a client waits before connecting again after its `consecutive`-th rate-limited close
 * in a row (0 for the first): 10 s, doubling to under three minutes. An immediate reconnection
 * would meet the same empty budget, and cost the server a sync each time.
 */
export function pauseAfterRateLimit(consecutive: number): number {
  return Math.min(10_000 * 2 ** consecutive, 160_000);
}
