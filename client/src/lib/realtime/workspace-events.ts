import { workspaceEventSchema, type WorkspaceEvent } from '../../../../shared/schemas/events.ts';

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
  const source = new EventSource(`/api/workspaces/${encodeURIComponent(workspaceId)}/events`);
  let opened = false;
  source.addEventListener('ready', () => {
    if (opened) onReconnect();
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
    if (parsed.success) onChange(parsed.data);
  });
  // A refused reconnect (e.g. 404 after removal from the workspace) closes the source for
  // good: let the caller refetch, which tells it why.
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) onReconnect();
  });
  return () => source.close();
}
