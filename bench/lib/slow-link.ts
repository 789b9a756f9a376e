import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** The link of issue #11, as Cadre's users have it: 400 ms round trip, 400 kbit/s down and up. */
export const SLOW_LINK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 } as const;

/**
 * Puts `page` behind the slow link through Chromium's DevTools protocol (network emulation),
 * before it loads anything; the returned session also reports its network events.
 */
export async function overSlowLink(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  return cdp;
}
