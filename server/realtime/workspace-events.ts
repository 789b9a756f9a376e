import type { WorkspaceEvent } from '../../shared/schemas/events.ts';

type Listener = { userId: string; send: (event: WorkspaceEvent) => void; close: () => void };

export type WorkspaceEvents = ReturnType<typeof createWorkspaceEvents>;

/**
 * In-process publish/subscribe of workspace changes (matrix items, threads, members, stage),
 * delivered to browsers by the server-sent events route. Subscribers are authorized when they
 * subscribe; `revoke` ends a user's subscriptions when their membership changes.
 */
export function createWorkspaceEvents() {
  const listeners = new Map<string, Set<Listener>>();

  return {
    subscribe(workspaceId: string, listener: Listener): () => void {
      let set = listeners.get(workspaceId);
      if (!set) listeners.set(workspaceId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(workspaceId);
      };
    },
    publish(workspaceId: string, event: WorkspaceEvent): void {
      for (const listener of listeners.get(workspaceId) ?? []) listener.send(event);
    },
    /** Ends a user's subscriptions to a workspace; the client resubscribes and is re-authorized. */
    revoke(workspaceId: string, userId: string): void {
      for (const listener of listeners.get(workspaceId) ?? []) if (listener.userId === userId) listener.close();
    },
    subscriberCount: (workspaceId: string): number => listeners.get(workspaceId)?.size ?? 0,
  };
}
