import type { WorkspaceEvent } from '../../shared/schemas/events.ts';

/**
 * Reads a workspace's server-sent event stream in the background, collecting `change` events,
 * as a browser's EventSource would. For tests and benchmarks.
 */
export async function subscribeToWorkspace(baseUrl: string, cookie: string, workspaceId: string, onEvent?: (event: WorkspaceEvent) => void) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/workspaces/${workspaceId}/events`, { headers: { cookie }, signal: controller.signal });
  const received: WorkspaceEvent[] = [];
  const state = { ready: false, ended: false };
  if (response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let boundary: number;
          while ((boundary = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, boundary);
            buffer = buffer.slice(boundary + 2);
            if (frame.includes('event: ready')) state.ready = true;
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (frame.includes('event: change') && data) {
              const event = JSON.parse(data) as WorkspaceEvent;
              received.push(event);
              onEvent?.(event);
            }
          }
        }
      } catch {
        // Aborted by the caller.
      }
      state.ended = true;
    })();
  }
  return {
    status: response.status,
    received,
    isReady: () => state.ready,
    isEnded: () => state.ended,
    close: () => controller.abort(),
  };
}
