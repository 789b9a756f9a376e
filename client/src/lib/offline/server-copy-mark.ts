import * as Y from 'yjs';

/**
 * What of the browser's copy of a document the server is known to have, kept beside the copy.
 * Reopened offline, the copy is compared with this mark: a copy the server already had is not
 * "saved on this device, not yet on the server", and a copy with unsent changes reopens with
 * the count the person saw before closing the page.
 */

/** The part of y-indexeddb's persistence used here: its store of values beside the updates. */
export interface MarkStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: ArrayBuffer | number): Promise<unknown>;
}

const ON_SERVER = 'onServer';
const UNSENT_CHANGES = 'unsentChanges';
/** Groups the marks of a burst of others' edits into one write. */
const MARK_DELAY_MS = 300;

/**
 * Whether everything `copy` holds — inserted content and deletions — is within `mark`.
 * Snapshots merge adjacent deleted ranges, so a deleted range of the copy that the mark
 * holds lies inside one range of the mark.
 */
export function coveredBy(copy: Y.Snapshot, mark: Y.Snapshot): boolean {
  for (const [client, clock] of copy.sv) {
    if (clock > (mark.sv.get(client) ?? 0)) return false;
  }
  for (const [client, deleted] of copy.ds.clients) {
    const marked = mark.ds.clients.get(client) ?? [];
    const inside = deleted.every(({ clock, len }) => marked.some((range) => range.clock <= clock && clock + len <= range.clock + range.len));
    if (!inside) return false;
  }
  return true;
}

/**
 * How many changes of the reopened copy the server has not confirmed: none when the mark
 * covers it (or an empty copy has no mark yet); else the count kept when the page closed,
 * at least one (the page may have closed online, before the server answered).
 */
export function unsentOnReopening(copy: Y.Snapshot, mark: Y.Snapshot | null, keptCount: number): number {
  const empty = copy.sv.size === 0 && copy.ds.clients.size === 0;
  if (mark === null ? empty : coveredBy(copy, mark)) return 0;
  return Math.max(1, keptCount);
}

export class ServerCopyMark {
  private cancelMark: (() => void) | null = null;

  constructor(
    private readonly store: MarkStore,
    private readonly doc: Y.Doc,
    /** Whether every change made here is acknowledged; checked again when the mark is written. */
    private readonly allAcknowledged: () => boolean,
  ) {}

  /** Reads the mark once the copy is loaded into the document. */
  async unsentOnReopening(): Promise<number> {
    const [onServer, kept] = await Promise.all([this.store.get(ON_SERVER), this.store.get(UNSENT_CHANGES)]);
    const mark = onServer instanceof ArrayBuffer ? Y.decodeSnapshot(new Uint8Array(onServer)) : null;
    return unsentOnReopening(Y.snapshot(this.doc), mark, typeof kept === 'number' ? kept : 0);
  }

  /** Everything the document holds now is on the server (acknowledged, or received from it). */
  onServer(): void {
    if (this.cancelMark !== null) return;
    const timer = setTimeout(() => this.write(), MARK_DELAY_MS);
    this.cancelMark = () => clearTimeout(timer);
  }

  /** The count of changes kept on this device only, shown again if the page reopens offline. */
  unsent(changes: number): void {
    void this.store.set(UNSENT_CHANGES, changes).catch(() => undefined);
  }

  /** Writes a pending mark now: the page is closing or the document is being closed. */
  flush(): void {
    if (this.cancelMark === null) return;
    this.cancelMark();
    this.write();
  }

  private write(): void {
    this.cancelMark = null;
    // Typed since it was asked for: the next "saved" marks the document again.
    if (!this.allAcknowledged()) return;
    const snapshot = Y.encodeSnapshot(Y.snapshot(this.doc));
    void Promise.all([this.store.set(ON_SERVER, snapshot.slice().buffer), this.store.set(UNSENT_CHANGES, 0)]).catch(() => undefined);
  }
}
