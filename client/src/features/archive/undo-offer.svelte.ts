import { createContext } from 'svelte';

/** How long an "Undo" stays on screen: long enough to notice and reach it with the keyboard. */
export const UNDO_MS = 12_000;

type Offer = { message: string; undo: () => Promise<void> };

/**
 * The "Undo" a page offers after an action the data allows to take back (archiving, deleting a
 * matrix item): one at a time, replaced by the next, gone after `UNDO_MS`. A page makes one,
 * shows it with `UndoToast.svelte`, and gives it to its parts through context.
 */
export class UndoOffer {
  current = $state.raw<Offer | null>(null);
  private timer: ReturnType<typeof setTimeout> | null = null;

  offer(message: string, undo: () => Promise<void>): void {
    this.clearTimer();
    this.current = { message, undo };
    this.timer = setTimeout(() => this.dismiss(), UNDO_MS);
  }

  /** Takes the action back; the offer is gone whether or not that succeeds. */
  async take(): Promise<void> {
    const offer = this.current;
    this.dismiss();
    await offer?.undo();
  }

  dismiss(): void {
    this.clearTimer();
    this.current = null;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** The page's one offer, so its parts never stack toasts on each other. */
export const [getUndoOffer, setUndoOffer] = createContext<UndoOffer>();
