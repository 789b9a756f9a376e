/**
 * Decides what the user is told about their changes: saved, saving, saved on this device only
 * (not yet on the server), offline, reconnecting.
 *
 * "Saved" is only claimed once the server acknowledged a durability check whose nonce was
 * sent after the latest local change (see MessageType.durabilityCheck). The tracker is
 * plain TypeScript with an injected timer so its rules are unit-tested without a socket.
 */

export type SaveStatus =
  | { kind: 'connecting' }
  | { kind: 'saved' }
  | { kind: 'saving' }
  /** Kept in this browser's copy of the document (IndexedDB), not yet acknowledged by the server. */
  | { kind: 'savedLocally'; changes: number }
  | { kind: 'offline' }
  | { kind: 'reconnecting' }
  /** The server refused more for a while (rate limit): the client connects again by itself. */
  | { kind: 'paused' }
  | { kind: 'closed'; code: number };

export interface SaveTrackerOptions {
  /** Sends `[durabilityCheck, nonce]`; returns false if the socket could not take it. */
  sendCheck(nonce: number): boolean;
  /** setTimeout-like; returns a function that cancels the timer. */
  schedule(callback: () => void, delayMs: number): () => void;
  /** Delay that groups a burst of keystrokes into one check. */
  debounceMs?: number;
  online?: boolean;
}

export class SaveTracker {
  /** Counts local changes; a check covers every change counted when it was sent. */
  private localVersion = 0;
  private durableVersion = 0;
  private lastNonce = 0;
  /** nonce → localVersion at the time the check was sent, for checks awaiting an answer. */
  private readonly pending = new Map<number, number>();
  private cancelTimer: (() => void) | null = null;
  private connected = false;
  private synced = false;
  private everSynced = false;
  private online: boolean;
  private closedCode: number | null = null;
  private paused = false;
  /** The browser's copy of the document loaded, so changes are written there as they happen. */
  private storedLocally = false;
  private readonly debounceMs: number;
  private readonly listeners = new Set<(status: SaveStatus) => void>();
  private emitted = '';

  constructor(private readonly options: SaveTrackerOptions) {
    this.debounceMs = options.debounceMs ?? 200;
    this.online = options.online ?? true;
  }

  get hasUnsavedChanges(): boolean {
    return this.localVersion > this.durableVersion;
  }

  get status(): SaveStatus {
    if (this.closedCode !== null) return { kind: 'closed', code: this.closedCode };
    if (this.paused) return { kind: 'paused' };
    if (!this.online || !this.connected || !this.synced) {
      if (this.hasUnsavedChanges) {
        return this.storedLocally ? { kind: 'savedLocally', changes: this.localVersion - this.durableVersion } : { kind: 'offline' };
      }
      if (!this.online) return { kind: 'offline' };
      return { kind: this.everSynced ? 'reconnecting' : 'connecting' };
    }
    return { kind: this.hasUnsavedChanges ? 'saving' : 'saved' };
  }

  onChange(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A change made on this device (typing, undo). */
  localChange(): void {
    this.localVersion++;
    if (this.canSend() && this.cancelTimer === null) {
      // Idle: check at once (next tick, after the provider has sent the update itself).
      // Busy: wait for the burst to settle so a typist does not trigger one check per key.
      this.scheduleCheck(this.pending.size === 0 ? 0 : this.debounceMs);
    }
    this.emit();
  }

  connectionChanged(connected: boolean): void {
    if (this.connected === connected) return;
    this.connected = connected;
    if (connected) this.paused = false;
    if (!connected) {
      this.synced = false;
      // Answers to checks sent on a closed socket never come; the next sync re-sends state.
      this.pending.clear();
      this.clearTimer();
    }
    this.emit();
  }

  /** The provider finished the sync handshake: the server now has everything we had. */
  syncChanged(synced: boolean): void {
    this.synced = synced && this.connected;
    if (this.synced) {
      this.everSynced = true;
      this.clearTimer();
      this.sendNow();
    }
    this.emit();
  }

  /**
   * Changes of the browser's copy, reopened, that the server had not confirmed when the page
   * closed (the copy itself, loaded from IndexedDB, is not a change made here).
   */
  reopenedWithUnsent(changes: number): void {
    this.localVersion += changes;
    this.emit();
  }

  /** Whether the browser's copy of the document could be opened (IndexedDB may be unavailable). */
  localCopyChanged(stored: boolean): void {
    this.storedLocally = stored;
    this.emit();
  }

  onlineChanged(online: boolean): void {
    this.online = online;
    this.emit();
  }

  /** The server refused more for a while; the next connection ends the pause. */
  pausedByServer(): void {
    this.paused = true;
    this.connectionChanged(false);
    this.emit();
  }

  /** The server closed with a code after which reconnecting cannot succeed. */
  closed(code: number): void {
    this.closedCode = code;
    this.connectionChanged(false);
    this.emit();
  }

  acknowledged(nonce: number): void {
    const version = this.pending.get(nonce);
    if (version === undefined) return;
    for (const sent of this.pending.keys()) if (sent <= nonce) this.pending.delete(sent);
    this.durableVersion = Math.max(this.durableVersion, version);
    this.emit();
  }

  destroy(): void {
    this.clearTimer();
    this.listeners.clear();
  }

  private canSend(): boolean {
    return this.connected && this.synced && this.closedCode === null;
  }

  private scheduleCheck(delayMs: number): void {
    this.cancelTimer = this.options.schedule(() => {
      this.cancelTimer = null;
      this.sendNow();
    }, delayMs);
  }

  private sendNow(): void {
    if (!this.canSend()) return;
    const nonce = ++this.lastNonce;
    if (this.options.sendCheck(nonce)) this.pending.set(nonce, this.localVersion);
  }

  private clearTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  /**
   * Tells listeners only when the status changes: not at every keystroke of a typist, except
   * offline, where the count of changes kept on this device is part of what is shown.
   */
  private emit(): void {
    const status = this.status;
    const key = status.kind === 'closed' ? `closed:${status.code}` : status.kind === 'savedLocally' ? `local:${status.changes}` : status.kind;
    if (key === this.emitted) return;
    this.emitted = key;
    for (const listener of this.listeners) listener(status);
  }
}
