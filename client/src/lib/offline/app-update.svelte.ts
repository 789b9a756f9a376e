/** What the service worker registration lets the page do about a new version. */
export interface UpdateChannel {
  /** The waiting version takes over all tabs; this tab then reloads on it. */
  activate(): void;
  /** Reloads this tab (already served by the new version, which another tab accepted). */
  reload(): void;
}

export type UpdateState = 'none' | 'ready' | 'appliedElsewhere';

/**
 * A new version of Cadre is offered, never forced: it takes over only when the person asks,
 * and not while this tab holds work the server has not acknowledged (a document's changes kept
 * only on this device). Shown by features/offline/UpdateBanner.svelte.
 */
export class AppUpdate {
  state = $state<UpdateState>('none');
  dismissed = $state(false);
  private channel: UpdateChannel | null = null;

  constructor(private readonly hasUnsavedWork: () => boolean) {}

  /** True while applying would reload over unsaved work (reactive, as the check is). */
  get blocked(): boolean {
    return this.hasUnsavedWork();
  }

  /** A new version is installed and waiting for this tab's consent. */
  ready(channel: UpdateChannel): void {
    this.show('ready', channel);
  }

  /** Another tab accepted the update: this one still runs the previous version's code. */
  appliedElsewhere(channel: UpdateChannel): void {
    this.show('appliedElsewhere', channel);
  }

  /** Applies the update if nothing unsaved would be lost; returns whether it did. */
  apply(): boolean {
    if (!this.channel || this.state === 'none' || this.blocked) return false;
    if (this.state === 'ready') this.channel.activate();
    else this.channel.reload();
    return true;
  }

  dismiss(): void {
    this.dismissed = true;
  }

  private show(state: UpdateState, channel: UpdateChannel): void {
    this.channel = channel;
    this.state = state;
    this.dismissed = false;
  }
}
