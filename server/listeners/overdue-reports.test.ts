import { describe, expect, it } from 'vitest';
import { createEventBus } from '../events/bus.ts';
import { silentLogger } from '../logger.ts';
import { waitFor } from '../testing/test-server.ts';
import { listenForOverdueReports } from './overdue-reports.ts';

describe('overdue report watch', () => {
  it('sweeps at start, then once per burst of monitoring changes, and sleeps until the next due day', async () => {
    const bus = createEventBus(silentLogger);
    let sweeps = 0;
    const listener = listenForOverdueReports({
      bus,
      logger: silentLogger,
      settleMs: 20,
      sweep: async () => {
        sweeps += 1;
        // The next report falls due in a year: no timer fires before then.
        return { nextDue: `${new Date().getUTCFullYear() + 1}-01-15` };
      },
    });
    try {
      await waitFor(() => sweeps === 1, 'the first sweep');
      for (let i = 0; i < 5; i++) bus.emit({ type: 'monitoring.changed', workspaceId: 'w' });
      await waitFor(() => sweeps === 2, 'one sweep after the burst');
      // Nothing else is due: a later look finds the count unchanged.
      await new Promise((resolve) => setImmediate(resolve));
      expect(sweeps).toBe(2);
    } finally {
      await listener.close();
    }
  });
});
