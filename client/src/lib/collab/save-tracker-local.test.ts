import { describe, expect, it } from 'vitest';
import { SaveTracker, type SaveStatus } from './save-tracker.ts';

/** A tracker whose checks are answered by hand; timers run at once (no debounce to wait for). */
function tracker(online = true) {
  const sent: number[] = [];
  const statuses: SaveStatus[] = [];
  const t = new SaveTracker({
    online,
    sendCheck: (nonce) => {
      sent.push(nonce);
      return true;
    },
    schedule: (run) => {
      queueMicrotask(run);
      return () => {};
    },
  });
  t.onChange((status) => statuses.push(status));
  return { t, sent, statuses };
}

describe('SaveTracker: saved on this device, not yet on the server', () => {
  it('counts the changes kept on this device while offline, then says saved once the server has them', async () => {
    const { t, sent, statuses } = tracker(false);
    t.localCopyChanged(true);
    t.localChange();
    t.localChange();
    t.localChange();
    expect(t.status).toEqual({ kind: 'savedLocally', changes: 3 });
    // Each new count is told: the person sees the number grow.
    expect(statuses.filter((s) => s.kind === 'savedLocally').map((s) => (s.kind === 'savedLocally' ? s.changes : 0))).toEqual([1, 2, 3]);

    t.onlineChanged(true);
    t.connectionChanged(true);
    expect(t.status).toEqual({ kind: 'savedLocally', changes: 3 });
    t.syncChanged(true);
    expect(t.status.kind).toBe('saving');
    t.acknowledged(sent.at(-1) ?? 0);
    expect(t.status).toEqual({ kind: 'saved' });
  });

  it('counts only what the server has not acknowledged', () => {
    const { t, sent } = tracker();
    t.localCopyChanged(true);
    t.connectionChanged(true);
    t.syncChanged(true);
    t.localChange();
    t.localChange();
    t.acknowledged(sent.at(-1) ?? 0);
    // The sync check covered nothing typed yet; the two changes are still the server's to confirm.
    expect(t.hasUnsavedChanges).toBe(true);
    t.connectionChanged(false);
    t.localChange();
    expect(t.status).toEqual({ kind: 'savedLocally', changes: 3 });
  });

  it('never claims the device has the changes when its copy could not be opened', () => {
    const { t } = tracker(false);
    t.localChange();
    expect(t.status.kind).toBe('offline');
    t.localCopyChanged(false);
    expect(t.status.kind).toBe('offline');
  });

  it('reopened offline, tells the changes the server had not confirmed, and nothing when there were none', () => {
    const { t } = tracker(false);
    t.localCopyChanged(true);
    t.reopenedWithUnsent(0);
    expect(t.status.kind).toBe('offline');
    t.reopenedWithUnsent(7);
    expect(t.status).toEqual({ kind: 'savedLocally', changes: 7 });
  });

  it('says offline, not saved on this device, when nothing is waiting', () => {
    const { t } = tracker(false);
    t.localCopyChanged(true);
    expect(t.status.kind).toBe('offline');
  });

  it('keeps telling why the connection was closed rather than the local count', () => {
    const { t } = tracker();
    t.localCopyChanged(true);
    t.localChange();
    t.closed(4401);
    expect(t.status).toEqual({ kind: 'closed', code: 4401 });
  });
});
