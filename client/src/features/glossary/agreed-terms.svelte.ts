import type { AgreedTerm } from '../../../../shared/schemas/glossary.ts';
import type { WorkingLanguage } from '../../../../shared/i18n/working-languages.ts';
import { call } from '../../lib/api/client.ts';
import { glossaryRoutes } from '../../lib/api/routes/glossary.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';

/**
 * The agreed terms of a workspace in one document's language, kept current: a term agreed,
 * reworded or removed by anyone reloads them (the workspace's live events), and so does a change
 * of the workspace's working language, which a document without its own language follows.
 */
export class AgreedTermsStore {
  terms = $state.raw<readonly AgreedTerm[]>([]);
  private controller: AbortController | null = null;

  constructor(
    private readonly workspaceId: string,
    /** null: the workspace's working language. */
    private readonly language: WorkingLanguage | null,
    private readonly live: LiveEvents,
  ) {}

  /** Subscribes and loads once the stream is live; returns the unsubscribe. */
  listen(): () => void {
    const stop = this.live.workspace(this.workspaceId, {
      onSync: () => void this.load(),
      on: { 'matrix:glossary': () => void this.load(), workspace: () => void this.load() },
    });
    return () => {
      stop();
      this.controller?.abort();
    };
  }

  private async load(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    const query = this.language ? { language: this.language } : {};
    try {
      const answer = await call(glossaryRoutes.agreedTerms, { params: { id: this.workspaceId }, query }, { signal: controller.signal });
      this.terms = answer.terms;
    } catch {
      // Offline or no longer allowed: the text stays as it is, unmarked or marked as last known;
      // the next sync of the stream loads again.
    }
  }
}
