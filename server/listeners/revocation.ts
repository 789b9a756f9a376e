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
  sync: Pick<SyncServer, 'disconnect' | 'sessionIds'>,
  options: RevocationOptions = {},
): Listener & { sweep(): Promise<void> } {

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

  async function sweep(): Promise<void> {
    // One lookup per session, however many tabs and documents it has open.
    const sessionIds = new Set([...events.sessionIds(), ...sync.sessionIds()]);
    const expired = new Set<string>();
    for (const sessionId of sessionIds) if (!(await sessions.isActive(sessionId))) expired.add(sessionId);
    if (expired.size === 0) return;
    events.disconnect((listener) => listener.sessionId !== undefined && expired.has(listener.sessionId), 'session-expired');
    sync.disconnect((c) => expired.has(c.principal.sessionId), CloseCode.unauthenticated, 'session expired');
  }

  const timer = setInterval(() => {
    sweep().catch(() => undefined);
  }, options.sweepIntervalMs ?? 60_000);
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
