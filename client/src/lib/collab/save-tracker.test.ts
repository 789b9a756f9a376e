import { describe, expect, it } from 'vitest';
import { SaveTracker, type SaveStatus } from './save-tracker.ts';

/** A hand-driven clock, so tests decide exactly when debounced checks fire. */
function harness(options: { online?: boolean; sendSucceeds?: boolean } = {}) {
  const sent: number[] = [];
  let timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  let now = 0;
  const tracker = new SaveTracker({
    debounceMs: 200,
    online: options.online ?? true,
    sendCheck: (nonce) => {
      sent.push(nonce);
      return options.sendSucceeds ?? true;
    },
    schedule: (run, delay) => {
      const timer = { at: now + delay, run, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  });
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now && !t.cancelled);
    timers = timers.filter((t) => !due.includes(t));
    for (const t of due) t.run();
  };
  const kind = (): SaveStatus['kind'] => tracker.status.kind;
  const connectAndSync = () => {
    tracker.connectionChanged(true);
    tracker.syncChanged(true);
  };
  return { tracker, sent, advance, kind, connectAndSync };
}

describe('SaveTracker', () => {
  it('says connecting before the first sync, then saved when nothing is pending', () => {
    const h = harness();
    expect(h.kind()).toBe('connecting');
    h.connectAndSync();
    expect(h.sent).toEqual([1]);
    expect(h.kind()).toBe('saved');
  });

  it('is saving after a local change and saved only once the covering check is acknowledged', () => {
    const h = harness();
    h.connectAndSync();
    h.tracker.acknowledged(1);
    h.tracker.localChange();
    expect(h.kind()).toBe('saving');
    h.advance(0);
    expect(h.sent).toEqual([1, 2]);
    expect(h.kind()).toBe('saving');
    h.tracker.acknowledged(2);
    expect(h.kind()).toBe('saved');
  });

  it('does not claim saved when a change happened after the acknowledged check was sent', () => {
    const h = harness();
    h.connectAndSync();
    h.tracker.acknowledged(1);
    h.tracker.localChange();
    h.advance(0); // idle, so check 2 leaves at once and covers the first change
    h.tracker.localChange(); // made after check 2 left
    h.tracker.acknowledged(2);
    expect(h.kind()).toBe('saving');
    h.advance(200); // debounced check 3 covers the second change
    expect(h.sent).toEqual([1, 2, 3]);
    h.tracker.acknowledged(3);
    expect(h.kind()).toBe('saved');
  });

  it('groups a burst of changes into one debounced check while a check is in flight', () => {
    const h = harness();
    h.connectAndSync(); // check 1 in flight
    for (let i = 0; i < 10; i++) h.tracker.localChange();
    h.advance(199);
    expect(h.sent).toEqual([1]);
    h.advance(1);
    expect(h.sent).toEqual([1, 2]);
  });

  it('ignores acknowledgements it never asked for', () => {
    const h = harness();
    h.connectAndSync();
    h.tracker.localChange();
    h.tracker.acknowledged(99);
    expect(h.kind()).toBe('saving');
  });

  it('reports offline with unsaved changes when the connection drops, and keeps them unsaved', () => {
    const h = harness();
    h.connectAndSync();
    h.tracker.acknowledged(1);
    h.tracker.localChange();
    h.advance(0);
    expect(h.sent).toEqual([1, 2]);
    h.tracker.connectionChanged(false);
    expect(h.kind()).toBe('offline');
    // An answer for a check sent on the old socket must not count after reconnecting.
    h.tracker.acknowledged(2);
    expect(h.kind()).toBe('offline');
    h.connectAndSync();
    expect(h.kind()).toBe('saving');
    expect(h.sent).toEqual([1, 2, 3]);
    h.tracker.acknowledged(3);
    expect(h.kind()).toBe('saved');
  });

  it('says reconnecting when disconnected with nothing unsaved', () => {
    const h = harness();
    h.connectAndSync();
    h.tracker.acknowledged(1);
    h.tracker.connectionChanged(false);
    expect(h.kind()).toBe('reconnecting');
  });

  it('says offline whenever the browser is offline', () => {
    const h = harness();
    h.connectAndSync();
    h.tracker.onlineChanged(false);
    expect(h.kind()).toBe('offline');
    h.tracker.onlineChanged(true);
    expect(h.kind()).toBe('saved');
  });

  it('sends no check before sync and one right after it, covering offline edits', () => {
    const h = harness();
    h.tracker.localChange();
    h.advance(1000);
    expect(h.sent).toEqual([]);
    expect(h.kind()).toBe('offline');
    h.connectAndSync();
    expect(h.sent).toEqual([1]);
    h.tracker.acknowledged(1);
    expect(h.kind()).toBe('saved');
  });

  it('stays saving when the socket refused the check', () => {
    const h = harness({ sendSucceeds: false });
    h.connectAndSync();
    h.tracker.localChange();
    h.advance(0);
    h.tracker.acknowledged(2);
    expect(h.kind()).toBe('saving');
  });

  it('reports a final close and stops sending', () => {
    const h = harness();
    h.connectAndSync();
    h.tracker.closed(4404);
    expect(h.tracker.status).toEqual({ kind: 'closed', code: 4404 });
    h.tracker.localChange();
    h.advance(1000);
    expect(h.sent).toEqual([1]);
  });

  it('says paused while the server refuses more, keeps what is typed meanwhile, and sends it once connected again', () => {
    const h = harness();
    h.connectAndSync();
    h.tracker.acknowledged(1);
    h.tracker.pausedByServer();
    expect(h.kind()).toBe('paused');
    h.tracker.localChange();
    h.advance(1000);
    expect([h.kind(), h.sent, h.tracker.hasUnsavedChanges]).toEqual(['paused', [1], true]);
    h.tracker.connectionChanged(true);
    expect(h.kind()).not.toBe('paused');
    h.tracker.syncChanged(true);
    expect(h.sent).toEqual([1, 2]);
    h.tracker.acknowledged(2);
    expect(h.kind()).toBe('saved');
  });

  it('notifies listeners of every status change', () => {
    const h = harness();
    const seen: string[] = [];
    h.tracker.onChange((s) => seen.push(s.kind));
    h.connectAndSync();
    h.tracker.localChange();
    expect(seen.at(-1)).toBe('saving');
  });

  it('tells listeners once per status change, not at every keystroke', () => {
    const h = harness();
    h.connectAndSync();
    const seen: string[] = [];
    h.tracker.onChange((s) => seen.push(s.kind));
    for (let i = 0; i < 20; i++) h.tracker.localChange();
    expect(seen).toEqual(['saving']);
  });
});
