import type { Logger } from '../logger.ts';

/**
 * What happens inside one server instance that other parts react to. Services and the sync
 * server emit; listeners (`server/listeners/*`) subscribe, so no part reaches into another.
 */
export type ServerEvent =
  /** A session ended (sign-out, password reset, disabled account): its live channels close. */
  | { type: 'session.ended'; sessionId: string }
  /** A member's role changed or they left: their live channels close and re-authorize. */
  | { type: 'membership.changed'; workspaceId: string; userId: string }
  /** A document changed and the change is stored: `updates` of this user's, or of the server (null). */
  | { type: 'document.updated'; documentId: string; editorId: string | null; updates: number }
  /** A workspace, or one document of it, was archived or restored: its sync sockets re-decide edit or read. */
  | { type: 'archive.changed'; workspaceId: string; documentId: string | null }
  /** Documents were deleted for good (alone or with their workspace): their sockets close, their rooms unload. */
  | { type: 'documents.deleted'; documentIds: string[] }
  /** A workspace was deleted for good: its event streams close. */
  | { type: 'workspace.deleted'; workspaceId: string }
  /** A measure's cadence, indicators or reports changed: the overdue watch re-reads its deadlines. */
  | { type: 'monitoring.changed'; workspaceId: string };

export type ServerEventType = ServerEvent['type'];
type Listener<T extends ServerEventType> = (event: Extract<ServerEvent, { type: T }>) => void;

export type EventBus = ReturnType<typeof createEventBus>;

/**
 * A typed, synchronous publish/subscribe. Synchronous so a revocation has closed every channel
 * before the request that caused it answers. A failing listener is logged and does not stop the
 * others or the emitter: its side effect is lost, the use case is not.
 */
export function createEventBus(logger: Logger) {
  // Stored untyped: `on` is what ties each listener to its event type.
  const listeners = new Map<ServerEventType, Set<(event: ServerEvent) => void>>();
  return {
    on<T extends ServerEventType>(type: T, listener: Listener<T>): () => void {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      const untyped = listener as (event: ServerEvent) => void;
      set.add(untyped);
      return () => set.delete(untyped);
    },
    emit(event: ServerEvent): void {
      for (const listener of listeners.get(event.type) ?? []) {
        try {
          listener(event);
        } catch (error) {
          logger.error('bus.listener-failed', { type: event.type, message: error instanceof Error ? error.message : String(error) });
        }
      }
    },
  };
}
