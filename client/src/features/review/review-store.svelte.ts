import type { Abilities } from '../../../../shared/policy/abilities.ts';
import type { Thread } from '../../../../shared/schemas/review.ts';
import { reviewApi } from '../../lib/api/review-api.ts';
import { subscribeToWorkspace } from '../../lib/realtime/workspace-events.ts';

export type ThreadFilter = { status: 'open' | 'resolved' | 'all'; kind: string; author: string; section: string };

/**
 * The review of one document: its threads, kept live through the workspace's event stream,
 * and the thread the reader is looking at.
 */
export class ReviewStore {
  threads = $state.raw<Thread[]>([]);
  abilities = $state.raw<Abilities | null>(null);
  activeId = $state<string | null>(null);
  error = $state<string | null>(null);
  filter = $state<ThreadFilter>({ status: 'open', kind: '', author: '', section: '' });
  /** Bumped on every change, so editor decorations know to redraw. */
  revision = $state(0);
  private unsubscribe: (() => void) | null = null;
  private controller: AbortController | null = null;
  private changes = 0;

  constructor(
    readonly documentId: string,
    readonly workspaceId: string,
  ) {}

  readonly visible: Thread[] = $derived.by(() => {
    const { status, kind, author, section } = this.filter;
    return this.threads.filter(
      (t) =>
        (status === 'all' || t.status === status || (status === 'open' && t.suggestion?.status === 'pending')) &&
        (!kind || t.kind === kind) &&
        (!author || t.authorId === author) &&
        (!section || t.section === section),
    );
  });

  async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    try {
      const { threads, abilities } = await reviewApi.list(this.documentId, controller.signal);
      this.threads = threads;
      this.abilities = abilities;
      this.error = null;
      this.bump();
    } catch (error) {
      if (!controller.signal.aborted) this.error = error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * Subscribes to the workspace's live changes: another member's comment appears at once. The
   * threads load once the stream is ready, so none posted in between is missed.
   */
  listen(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = subscribeToWorkspace(
      this.workspaceId,
      (event) => {
        // The inbox (NotificationBell) is not tied to a workspace; tell it a notification came.
        if (event.resource === 'notifications') window.dispatchEvent(new CustomEvent('cadre:notification', { detail: event.id }));
        if (event.resource !== 'threads') return;
        const item = event.item as { documentId?: string } | undefined;
        if (item?.documentId === this.documentId) void this.load();
      },
      (reason) => {
        void this.load();
        // Notifications may have been missed too: the inbox refetches (no user id: any user).
        if (reason === 'resync') window.dispatchEvent(new CustomEvent('cadre:notification', { detail: null }));
      },
    );
  }

  /** Puts a thread the server returned in place (or adds it). */
  upsert(thread: Thread): void {
    const index = this.threads.findIndex((t) => t.id === thread.id);
    this.threads = index < 0 ? [...this.threads, thread] : this.threads.map((t) => (t.id === thread.id ? thread : t));
    this.bump();
  }

  activate(id: string | null): void {
    this.activeId = id;
    this.bump();
  }

  destroy(): void {
    this.controller?.abort();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private bump(): void {
    this.revision = ++this.changes;
  }
}
