/**
 * Latency bookkeeping.
 *
 * A keystroke is identified by (clientID, clock): inserting one character into a Y.XmlText
 * advances the typist's Yjs clock by exactly one, so the keystroke's id is embedded in the
 * update itself and no payload has to be added. An observer has received the keystroke once
 * its document's state vector for that client has passed the keystroke's clock. Senders and
 * observers may live in different load-generator processes: their events carry times on the
 * machine-wide clock and are joined here once the run is over.
 */
import type { DurableNotice } from './ipc.ts';
import type { Observation, Send } from './load-protocol.ts';

/** The measurement window on the shared clock: keystrokes sent outside it are not counted. */
export type Window = { start: number; end: number };
const inWindow = (at: number, window: Window): boolean => at >= window.start && at < window.end;

/** Send → seen latency of every keystroke sent in the window, for every observer that saw it. */
export function deliveryLatencies(sends: readonly Send[], observations: readonly Observation[], window: Window): number[] {
  const byClient = new Map<number, Send[]>();
  for (const send of sends) {
    let list = byClient.get(send[0]);
    if (!list) byClient.set(send[0], (list = []));
    list.push(send);
  }
  for (const list of byClient.values()) list.sort((a, b) => a[1] - b[1]);
  const samples: number[] = [];
  for (const [client, before, after, at] of observations) {
    const list = byClient.get(client);
    if (!list) continue;
    // The first keystroke at or past `before`, by binary search; then every one below `after`.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle]?.[1] ?? 0) < before) low = middle + 1;
      else high = middle;
    }
    for (let send = list[low]; send !== undefined && send[1] < after; send = list[++low]) {
      if (inWindow(send[2], window)) samples.push(at - send[2]);
    }
  }
  return samples;
}

export const measuredSends = (sends: readonly Send[], window: Window): number => sends.filter((send) => inWindow(send[2], window)).length;

/** Cadre: send → acknowledged-durable of each keystroke sent in the window; null = never answered. */
export function ackLatencies(acks: ReadonlyArray<[number, number | null]>, window: Window): Array<number | null> {
  return acks.filter(([sentAt]) => inWindow(sentAt, window)).map(([sentAt, ackedAt]) => (ackedAt === null ? null : ackedAt - sentAt));
}

/**
 * Hocuspocus: its store hook reports the state vector it wrote, stamped on arrival; a keystroke
 * is durable at the first report of its document whose vector passed its clock.
 */
export function storedLatencies(sends: readonly Send[], notices: ReadonlyArray<{ notice: DurableNotice; at: number }>, window: Window): Array<number | null> {
  const byRoom = new Map<string, Array<{ sv: Map<number, number>; at: number }>>();
  for (const { notice, at } of notices) {
    let list = byRoom.get(notice.doc);
    if (!list) byRoom.set(notice.doc, (list = []));
    list.push({ sv: new Map(notice.sv), at });
  }
  return sends
    .filter((send) => inWindow(send[2], window))
    .map(([client, lastClock, sentAt, room]) => {
      const stored = byRoom.get(room)?.find(({ sv, at }) => at >= sentAt && (sv.get(client) ?? 0) > lastClock);
      return stored ? stored.at - sentAt : null;
    });
}

/** Our server: `[100, nonce]` is answered once everything the connection sent before is durable. */
export class AckDurabilityTracker {
  private readonly pending = new Map<number, { sentAt: number; measured: boolean }>();
  private nonce = 1;
  readonly samples: number[] = [];
  measuredSends = 0;

  nextNonce(sentAt: number, measured: boolean): number {
    const n = this.nonce++;
    this.pending.set(n, { sentAt, measured });
    if (measured) this.measuredSends++;
    return n;
  }

  onAck(nonce: number): void {
    const p = this.pending.get(nonce);
    if (!p) return;
    this.pending.delete(nonce);
    if (p.measured) this.samples.push(performance.now() - p.sentAt);
  }

  unresolvedMeasured(): number {
    return this.measuredSends - this.samples.length;
  }
}
