import type { ConsultationInput, RoundDetail } from '../../../../shared/schemas/consultation.ts';
import { call } from '../../lib/api/client.ts';
import { consultationRoutes } from '../../lib/api/routes/consultation.ts';
import { ApiRequestError } from '../../lib/api/http.ts';
import type { LiveEvents } from '../../lib/realtime/live-events.ts';

export type RoundLoad = { kind: 'loading' } | { kind: 'notFound' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; detail: RoundDetail };

/**
 * One round as its page shows it. The team's view follows the workspace's live events, so
 * inputs arriving from consultees and others' dispositions appear without reloading.
 */
export class RoundStore {
  load = $state<RoundLoad>({ kind: 'loading' });

  constructor(
    private readonly workspaceId: string,
    private readonly roundId: string,
    private readonly live: LiveEvents,
  ) {}

  async refresh(): Promise<void> {
    try {
      this.load = { kind: 'ready', detail: await call(consultationRoutes.get, { params: { roundId: this.roundId } }) };
    } catch (error) {
      this.load = error instanceof ApiRequestError && error.status === 404 ? { kind: 'notFound' } : { kind: 'failed', error };
    }
  }

  /** Starts loading; for readers of the workspace, also listening. Returns the stop function. */
  start(): () => void {
    let stop = () => {};
    void this.refresh().then(() => {
      if (this.load.kind !== 'ready' || !this.load.detail.abilities.read) return;
      stop = this.live.workspace(this.workspaceId, {
        on: {
          consultation: (event) => {
            if (event.id === this.roundId) void this.refresh();
          },
        },
        onSync: () => void this.refresh(),
      });
    });
    return () => stop();
  }

  /** Puts an input the server answered with in place, or adds it. */
  upsert(input: ConsultationInput): void {
    if (this.load.kind !== 'ready') return;
    const { inputs } = this.load.detail;
    const index = inputs.findIndex((i) => i.id === input.id);
    this.load.detail.inputs = index === -1 ? [...inputs, input] : inputs.map((i) => (i.id === input.id ? input : i));
  }
}
