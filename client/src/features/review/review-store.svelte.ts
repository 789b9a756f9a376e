import type { Abilities } from '../../../../shared/policy/abilities.ts';
import type { Mentionable, Thread } from '../../../../shared/schemas/review.ts';
import { call } from '../../lib/api/client.ts';
import { reviewRoutes } from '../../lib/api/routes/review.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';
import type { MentionSource } from './mention-completion.ts';

export type ThreadFilter = { status: 'open' | 'resolved' | 'all'; kind: string; author: string; section: string };

/**
 * The review of one document: its threads, kept live through the workspace's event stream,
 * and the thread the reader is looking at.
 */
export class ReviewStore implements MentionSource {
  threads = $state.raw<Thread[]>([]);
  abilities = $state.raw<Abilities | null>(null);
  activeId = $state<string | null>(null);
  error = $state<string | null>(null);
  filter = $state<ThreadFilter>({ status: 'open', kind: '', author: '', section: '' });
  /** The members one may mention, once a text box asked for them; kept current after. */
  mentionable = $state.raw<Mentionable[] | null>(null);
  private unsubscribe: (() => void) | null = null;
  private controller: AbortController | null = null;
  private mentionableWanted = false;

  constructor(
    readonly documentId: string,
    readonly workspaceId: string,
    private readonly live: LiveEvents,
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

  /** The threads' first read has answered, with them (and this person's abilities) or an error. */
  get answered(): boolean {
    return this.abilities !== null || this.error !== null;
  }

  async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    try {
      const { threads, abilities } = await call(reviewRoutes.list, { params: { id: this.documentId } }, { signal: controller.signal });
      this.threads = threads;
      this.abilities = abilities;
      this.error = null;
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
    this.unsubscribe = this.live.workspace(this.workspaceId, {
      on: {
        threads: (event) => {
          if (event.item?.documentId === this.documentId) void this.load();
        },
        members: () => void this.loadMentionable(),
      },
      onSync: () => {
        void this.load();
        void this.loadMentionable();
      },
    });
  }

  /** Loads the members one may mention the first time a text box needs them. */
  wantMentionable(): void {
    if (this.mentionableWanted) return;
    this.mentionableWanted = true;
    void this.loadMentionable();
  }

  private async loadMentionable(): Promise<void> {
    // Until a text box asks for them there is nothing to keep current.
    if (!this.mentionableWanted) return;
    try {
      this.mentionable = (await call(reviewRoutes.mentionable, { params: { id: this.documentId } })).members;
    } catch {
      // Offline or no longer allowed: the box stays usable without completion; the next sync retries.
    }
  }

  /** Puts a thread the server returned in place (or adds it). */
  upsert(thread: Thread): void {
    const index = this.threads.findIndex((t) => t.id === thread.id);
    this.threads = index < 0 ? [...this.threads, thread] : this.threads.map((t) => (t.id === thread.id ? thread : t));
  }

  activate(id: string | null): void {
    this.activeId = id;
  }

  destroy(): void {
    this.controller?.abort();
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
