/**
 * Names of the server-sent events of every live stream (`eventsEndpoints`; their payloads are in
 * `shared/schemas/events.ts`), in a module without zod, for the browser's stream reader.
 * `change` carries a `WorkspaceEvent`, `personal` a `UserEvent` of the caller (a workspace's
 * stream carries both, in the order they were numbered; the person's own stream only
 * `personal`); `ready` says the subscription is live (fetch after it and nothing is missed);
 * `resync` says events were lost or access changed, so the client must refetch what it shows.
 */
export const STREAM_EVENT = { ready: 'ready', change: 'change', personal: 'personal', resync: 'resync' } as const;
