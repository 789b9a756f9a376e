import type { Duplex } from 'node:stream';

/** Gathers the frames written to one socket while the current callback runs. */
export type WriteCoalescer = { hold(): void };

/**
 * Holds a socket's writes (`cork`) until the current callback returns (`process.nextTick`,
 * which Node runs before any promise continuation), then writes them in one system call: what
 * one connection is sent in one callback — an update, the caret that follows it, a durability
 * acknowledgement, every room's relays released by one commit — costs one `writev` instead of
 * one each, and waits for nothing that was not running already.
 */
export function writeCoalescer(socket: Duplex): WriteCoalescer {
  let held = false;
  const release = (): void => {
    held = false;
    socket.uncork();
  };
  return {
    hold(): void {
      if (held) return;
      held = true;
      socket.cork();
      process.nextTick(release);
    },
  };
}
