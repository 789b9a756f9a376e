/**
 * Cross-site request forgery defence: a browser always sends `Origin` on state-changing requests
 * and WebSocket upgrades. It must be the configured public origin or, when none is configured,
 * the origin of the host the request was sent to. Requests without `Origin` come from scripts,
 * not browsers, and carry no ambient credentials an attacker could abuse.
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, publicOrigin: string | undefined): boolean {
  if (origin === undefined) return true;
  if (publicOrigin !== undefined) return origin === publicOrigin;
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
