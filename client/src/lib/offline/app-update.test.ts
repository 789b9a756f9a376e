import { describe, expect, it } from 'vitest';
import { AppUpdate, type UpdateChannel } from './app-update.svelte.ts';

function channel() {
  const calls: string[] = [];
  const value: UpdateChannel = { activate: () => calls.push('activate'), reload: () => calls.push('reload') };
  return { calls, value };
}

describe('AppUpdate: offered, never forced', () => {
  it('does nothing until a new version is waiting, and nothing by itself once one is', () => {
    const update = new AppUpdate(() => false);
    const { calls, value } = channel();
    expect(update.apply()).toBe(false);
    update.ready(value);
    expect(update.state).toBe('ready');
    expect(calls).toEqual([]);
  });

  it('activates the waiting version when the person asks and nothing is unsaved', () => {
    const update = new AppUpdate(() => false);
    const { calls, value } = channel();
    update.ready(value);
    expect(update.apply()).toBe(true);
    expect(calls).toEqual(['activate']);
  });

  it('refuses while the page holds changes the server does not have, and applies once they are saved', () => {
    let unsaved = true;
    const update = new AppUpdate(() => unsaved);
    const { calls, value } = channel();
    update.ready(value);
    expect(update.blocked).toBe(true);
    expect(update.apply()).toBe(false);
    expect(calls).toEqual([]);
    unsaved = false;
    expect(update.apply()).toBe(true);
    expect(calls).toEqual(['activate']);
  });

  it('only reloads a tab whose update another tab accepted, and not over unsaved work either', () => {
    let unsaved = true;
    const update = new AppUpdate(() => unsaved);
    const { calls, value } = channel();
    update.appliedElsewhere(value);
    expect(update.apply()).toBe(false);
    unsaved = false;
    expect(update.apply()).toBe(true);
    expect(calls).toEqual(['reload']);
  });

  it('can be put off, and is offered again when another version arrives', () => {
    const update = new AppUpdate(() => false);
    update.ready(channel().value);
    update.dismiss();
    expect(update.dismissed).toBe(true);
    update.ready(channel().value);
    expect(update.dismissed).toBe(false);
  });
});
