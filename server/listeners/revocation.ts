import { CloseCode } from '../../shared/collab/protocol.ts';
import type { SyncServer } from '../collab/sync-server.ts';
import type { Infrastructure } from '../services.ts';
import type { Listener } from './listener.ts';

export type RevocationOptions = {
  /** How often live channels are checked against their session's idle expiry. */
  sweepIntervalMs?: number;
};

/**
 * The one place where a change of access reaches every live channel: the sync sockets and the
 * workspace event streams. It listens to `session.ended` (sign-out, password reset, disabled
 * account) and `membership.changed` (role change, removal) on the bus; a periodic sweep
 * ends channels whose session went idle past its expiry, since nothing else would notice.
 */
export function listenForRevocations(
  { bus, events, sessions }: Pick<Infrastructure, 'bus' | 'events' | 'sessions'>,
  sync: Pick<SyncServer, 'disconnect'>,
  options: RevocationOptions = {},
): Listener & { sweep(): void } {

  const offSession = bus.on('session.ended', ({ sessionId }) => {
    events.disconnect((listener) => listener.sessionId === sessionId, 'signed-out');
    sync.disconnect((c) => c.principal.sessionId === sessionId, CloseCode.unauthenticated, 'signed out');
  });
  const offMembership = bus.on('membership.changed', ({ workspaceId, userId }) => {
    events.disconnect((listener) => listener.workspaceId === workspaceId && listener.userId === userId, 'access-changed');
    sync.disconnect(
      (c) => c.principal.workspaceId === workspaceId && c.principal.userId === userId,
      CloseCode.accessChanged,
      'your access changed',
    );
  });

  function sweep(): void {
    // One lookup per session, however many tabs and documents it has open.
    const active = new Map<string, boolean>();
    const expired = (sessionId: string | undefined): boolean => {
      if (sessionId === undefined) return false;
      let known = active.get(sessionId);
      if (known === undefined) active.set(sessionId, (known = sessions.isActive(sessionId)));
      return !known;
    };
    events.disconnect((listener) => expired(listener.sessionId), 'session-expired');
    sync.disconnect((c) => expired(c.principal.sessionId), CloseCode.unauthenticated, 'session expired');
  }

  const timer = setInterval(sweep, options.sweepIntervalMs ?? 60_000);
  timer.unref();
  return {
    sweep,
    close: (): void => {
      clearInterval(timer);
      offSession();
      offMembership();
    },
  };
}
