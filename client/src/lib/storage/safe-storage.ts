/** The browser's localStorage, or null where it throws (some locked-down browsers): Cadre then simply forgets choices. */
export function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
