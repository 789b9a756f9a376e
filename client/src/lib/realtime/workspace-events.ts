import { workspaceEventSchema, type WorkspaceEvent } from '../../../../shared/schemas/events.ts';

interface Listener {
  onChange: (event: WorkspaceEvent) => void;
  onReconnect: () => void;
}

interface SharedSource {
  source: EventSource;
  listeners: Set<Listener>;
}

/**
 * One EventSource per workspace, shared by every panel of the page: browsers allow only six
 * HTTP/1.1 connections per host, and one stream per panel (home, cycle, validation, matrices…)
 * would exhaust them and leave ordinary API calls queued forever.
 */
const sources = new Map<string, SharedSource>();

function open(workspaceId: string): SharedSource {
  const source = new EventSource(`/api/workspaces/${encodeURIComponent(workspaceId)}/events`);
  const shared: SharedSource = { source, listeners: new Set() };
  let opened = false;
  source.addEventListener('ready', () => {
    if (opened) for (const listener of shared.listeners) listener.onReconnect();
    opened = true;
  });
  source.addEventListener('change', (message: MessageEvent<string>) => {
    let payload: unknown;
    try {
      payload = JSON.parse(message.data);
    } catch {
      return;
    }
    const parsed = workspaceEventSchema.safeParse(payload);
    if (parsed.success) for (const listener of shared.listeners) listener.onChange(parsed.data);
  });
  // A refused reconnect (e.g. 404 after removal from the workspace) closes the source for
  // good: let the listeners refetch, which tells them why.
  source.addEventListener('error', () => {
    if (source.readyState !== EventSource.CLOSED) return;
    sources.delete(workspaceId);
    for (const listener of shared.listeners) listener.onReconnect();
  });
  return shared;
}

/**
 * Listens to a workspace's live changes (server-sent events). EventSource reconnects by
 * itself after network loss; `onReconnect` lets the caller refetch what it may have missed.
 * Returns the function that stops listening.
 */
export function subscribeToWorkspace(
  workspaceId: string,
  onChange: (event: WorkspaceEvent) => void,
  onReconnect: () => void = () => {},
): () => void {
  let shared = sources.get(workspaceId);
  if (!shared) {
    shared = open(workspaceId);
    sources.set(workspaceId, shared);
  }
  const listener: Listener = { onChange, onReconnect };
  const current = shared;
  current.listeners.add(listener);
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size > 0) return;
    current.source.close();
    if (sources.get(workspaceId) === current) sources.delete(workspaceId);
  };
}
