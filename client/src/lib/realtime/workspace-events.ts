import { STREAM_EVENT } from '../../../../shared/schemas/events.ts';
import { createWorkspaceStreams, type OpenSource } from './workspace-streams.ts';

/**
 * The browser's EventSource: it reconnects by itself after network loss, sending the last
 * position it saw as `Last-Event-ID`, so the server replays what was missed.
 */
const openEventSource: OpenSource = (url, handlers) => {
  const source = new EventSource(url);
  for (const type of Object.values(STREAM_EVENT)) {
    source.addEventListener(type, (message: MessageEvent<string>) => handlers.message(type, message.data, message.lastEventId));
  }
  source.addEventListener('error', () => handlers.error(source.readyState === EventSource.CLOSED));
  return { close: () => source.close() };
};

/**
 * The page's streams. One per tab rather than per component: panels of the same workspace
 * must share one connection (see `createWorkspaceStreams`).
 */
const streams = createWorkspaceStreams({ open: openEventSource });

/**
 * Listens to a workspace's live changes. Load your data in `onSync`, never before subscribing:
 * it runs once the stream is live and again whenever changes may have been missed (`resync`),
 * so a change made between your fetch and your subscription cannot be lost.
 */
export const subscribeToWorkspace = streams.subscribe;
