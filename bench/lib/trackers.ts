/**
 * Latency bookkeeping. Senders and observers live in the same process, so every latency is a
 * difference of two `performance.now()` readings on one clock.
 *
 * A keystroke is identified by (clientID, clock): inserting one character into a Y.XmlText
 * advances the typist's Yjs clock by exactly one, so the keystroke's id is embedded in the
 * update itself and no payload has to be added. An observer has received the keystroke once
 * its document's state vector for that client has passed the keystroke's clock.
 */
import type * as Y from 'yjs';
import type { DurableNotice } from './ipc.ts';

interface Keystroke {
  lastClock: number;
  sentAt: number;
  /** Sent inside the measurement window (warm-up and drain keystrokes are not counted). */
  measured: boolean;
}

export class DeliveryTracker {
  private readonly sent = new Map<number, Keystroke[]>();
  readonly samples: number[] = [];
  measuredSends = 0;

  recordSend(clientID: number, lastClock: number, sentAt: number, measured: boolean): void {
    let list = this.sent.get(clientID);
    if (!list) this.sent.set(clientID, (list = []));
    list.push({ lastClock, sentAt, measured });
    if (measured) this.measuredSends++;
  }

  /** Starts recording deliveries into `doc`. Call before any keystroke is sent. */
  observe(doc: Y.Doc): void {
    // Per observer: index of the next not-yet-delivered keystroke of each sender.
    const next = new Map<number, number>();
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.local) return;
      const now = performance.now();
      for (const [client, after] of tr.afterState) {
        if (after <= (tr.beforeState.get(client) ?? 0)) continue;
        const list = this.sent.get(client);
        if (!list) continue;
        let i = next.get(client) ?? 0;
        for (let k = list[i]; k !== undefined && k.lastClock < after; k = list[++i]) {
          if (k.measured) this.samples.push(now - k.sentAt);
        }
        next.set(client, i);
      }
    });
  }
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

/**
 * Hocuspocus: its store hook reports the state vector it wrote (arrival time stamped by the
 * IPC listener); every keystroke of that document below the vector is durable at that moment.
 */
export class StateVectorDurabilityTracker {
  private readonly pending = new Map<string, { client: number; lastClock: number; sentAt: number; measured: boolean }[]>();
  readonly samples: number[] = [];
  measuredSends = 0;

  recordSend(doc: string, client: number, lastClock: number, sentAt: number, measured: boolean): void {
    let list = this.pending.get(doc);
    if (!list) this.pending.set(doc, (list = []));
    list.push({ client, lastClock, sentAt, measured });
    if (measured) this.measuredSends++;
  }

  onDurable(notice: DurableNotice, at: number): void {
    const list = this.pending.get(notice.doc);
    if (!list) return;
    const sv = new Map(notice.sv);
    const still = list.filter((k) => {
      if (k.lastClock >= (sv.get(k.client) ?? 0)) return true;
      if (k.measured) this.samples.push(at - k.sentAt);
      return false;
    });
    this.pending.set(notice.doc, still);
  }

  unresolvedMeasured(): number {
    return this.measuredSends - this.samples.length;
  }
}
