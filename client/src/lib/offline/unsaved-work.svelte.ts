import { createContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';

/**
 * What the open pages of this tab have not saved to the server yet, so an update of the app is
 * never applied over it (see AppUpdate). Pages add a reactive check while they are shown.
 */
export class UnsavedWork {
  private readonly checks = new SvelteSet<() => boolean>();

  get any(): boolean {
    for (const check of this.checks) if (check()) return true;
    return false;
  }

  /** Returns the function that removes the check, for the page's cleanup. */
  add(check: () => boolean): () => void {
    this.checks.add(check);
    return () => this.checks.delete(check);
  }
}

export const [getUnsavedWork, setUnsavedWork] = createContext<UnsavedWork>();
