/**
 * Whether someone was signed in when this browser last heard from the server: a flag in the
 * browser's storage, set at sign-in and cleared at sign-out or expiry. Read before the server
 * answers, by the app's first script (`main.ts`) as well as by `Session`, so kept apart from
 * the session's API calls.
 */
const SIGNED_IN_KEY = 'cadre.signedIn';

export function wasSignedInBefore(storage: Storage | null): boolean {
  return (storage?.getItem(SIGNED_IN_KEY) ?? null) !== null;
}

export function rememberSignedIn(storage: Storage | null, signedIn: boolean): void {
  if (signedIn) storage?.setItem(SIGNED_IN_KEY, '1');
  else storage?.removeItem(SIGNED_IN_KEY);
}
