/**
 * Cross-site request forgery defence: a browser always sends `Origin` on state-changing requests
 * and WebSocket upgrades. It must be exactly the public origin (scheme, host and port): an
 * http page on the same host, or another port, is another site to the browser and may be run
 * by someone else. Requests without `Origin` come from scripts, not browsers, and carry no
 * ambient credentials an attacker could abuse.
 *
 * The request's own `Host` is never trusted: it is whatever the client wrote. The Vite dev
 * server is the public origin during `npm run dev` (scripts/dev.ts says so to the API).
 */
export function isAllowedOrigin(origin: string | undefined, publicOrigin: string): boolean {
  if (origin === undefined) return true;
  try {
    // `URL.origin` normalises case and default ports; an opaque origin ("null") is refused.
    const parsed = new URL(origin).origin;
    return parsed !== 'null' && parsed === publicOrigin;
  } catch {
    return false;
  }
}
