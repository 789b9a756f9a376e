import { createContext, untrack } from 'svelte';

/**
 * What one administration section shows: fetched when the section opens, again on retry or when
 * the section asks. Only the latest request's answer is kept, so a slow earlier page of results
 * cannot replace a newer one.
 */
export class SectionData<T> {
  value = $state<T | null>(null);
  error = $state<unknown>(null);
  readonly #fetch: () => Promise<T>;
  #latest = 0;

  constructor(fetch: () => Promise<T>) {
    this.#fetch = fetch;
  }

  /** Its first load has ended, with a value or an error. */
  get answered(): boolean {
    return this.value !== null || this.error !== null;
  }

  /** Untracked, so an effect that calls it runs once rather than on every state the fetch reads. */
  load = async (): Promise<void> => {
    const request = ++this.#latest;
    this.error = null;
    try {
      const value = await untrack(this.#fetch);
      if (request === this.#latest) this.value = value;
    } catch (error) {
      if (request === this.#latest) this.error = error;
    }
  };
}

/**
 * The administration page's first answers: the page shows its sections once each has its first
 * answer or failure (each section still loads and fails on its own), so that no section arriving
 * pushes the others down under the pointer.
 */
export class FirstAnswers {
  all = $state(false);
  #waiting = 0;

  /** Called as a section opens; the function it returns, when its first load has ended. */
  expect(): () => void {
    this.#waiting += 1;
    let arrived = false;
    return () => {
      if (arrived) return;
      arrived = true;
      this.#waiting -= 1;
      if (this.#waiting === 0) this.all = true;
    };
  }
}

export const [getFirstAnswers, setFirstAnswers] = createContext<FirstAnswers>();
