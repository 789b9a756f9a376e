import { createContext } from 'svelte';

const NAME_KEY = 'cadre.displayName';
const COLOR_KEY = 'cadre.color';
const MAX_NAME_LENGTH = 40;

/** Caret colours with enough contrast for white label text (WCAG AA at small sizes). */
export const CARET_COLORS = [
  '#1d4ed8', '#047857', '#b91c1c', '#7e22ce', '#b45309', '#0f766e', '#be185d', '#4338ca',
] as const;

export function normalizeDisplayName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/**
 * Who "I" am before accounts exist: a display name and a caret colour, remembered on this
 * device. `defaultName` is passed in translated ("Guest 42" / "Invité 42").
 */
export class Identity {
  name = $state('');
  color = $state<string>(CARET_COLORS[0]);

  constructor(
    private readonly storage: Storage | null,
    defaultName: (number: number) => string,
    random: () => number = Math.random,
  ) {
    const storedName = normalizeDisplayName(storage?.getItem(NAME_KEY) ?? '');
    this.name = storedName || defaultName(10 + Math.floor(random() * 90));
    const storedColor = storage?.getItem(COLOR_KEY);
    this.color =
      CARET_COLORS.find((c) => c === storedColor) ??
      CARET_COLORS[Math.floor(random() * CARET_COLORS.length)] ??
      CARET_COLORS[0];
    storage?.setItem(NAME_KEY, this.name);
    storage?.setItem(COLOR_KEY, this.color);
  }

  /** Returns false (and changes nothing) for a blank name. */
  rename(raw: string): boolean {
    const name = normalizeDisplayName(raw);
    if (!name) return false;
    this.name = name;
    this.storage?.setItem(NAME_KEY, name);
    return true;
  }
}

export const [getIdentity, setIdentity] = createContext<Identity>();
