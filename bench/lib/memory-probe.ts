/**
 * Memory of an idle, loaded small document: seed M small documents, restart the server so
 * they must be loaded from storage (in-memory peers are seeded by the measuring clients
 * themselves), then connect one client per document and divide the RSS growth by M.
 * The figure therefore includes the document, its room bookkeeping and one idle connection.
 */
import { rmSync } from 'node:fs';
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../../shared/collab/protocol.ts';
import { connectClient, type BenchClient } from './clients.ts';
import { rssBytes } from './proc.ts';
import { sleep, withTimeout } from './stats.ts';
import type { Started, Target } from './targets.ts';
import { AckDurabilityTracker } from './trackers.ts';

export interface MemoryResult {
  server: string;
  docs: number;
  baselineRssBytes: number;
  loadedRssBytes: number;
  perDocBytes: number;
}

/** A small policy note: a heading and a dozen short paragraphs, typed in several edits. */
export function writeSmallDoc(doc: Y.Doc, seed: number): void {
  const fragment = doc.getXmlFragment(DOC_CONTENT_FIELD);
  const block = (name: string, text: string, attrs?: Record<string, number>): Y.XmlElement => {
    const el = new Y.XmlElement(name);
    // Yjs types attributes as strings by default; a heading's level is a number in the editor.
    const numeric = el as unknown as Y.XmlElement<Record<string, number>>;
    for (const [k, v] of Object.entries(attrs ?? {})) numeric.setAttribute(k, v);
    el.insert(0, [new Y.XmlText(text)]);
    return el;
  };
  doc.transact(() => fragment.push([block('heading', `Policy note ${seed}`, { level: 1 })]));
  for (let i = 0; i < 12; i++) {
    doc.transact(() => fragment.push([block('paragraph', `Paragraph ${i + 1} of note ${seed}: the ministry will review the measure after consultation with stakeholders.`)]));
  }
}

async function connectAll(target: Target, s: Started, rooms: readonly string[], onAck?: (n: number) => void): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  for (let i = 0; i < rooms.length; i += 50) {
    const batch = rooms.slice(i, i + 50).map((room) => {
      const c = connectClient({ kind: target.kind, url: s.clientUrl, room, cookie: s.cookie(), onDurableAck: onAck });
      clients.push(c);
      return c.synced;
    });
    await withTimeout(Promise.all(batch), 60_000, 'memory probe clients to sync');
  }
  return clients;
}

async function settledRss(s: Started): Promise<number> {
  for (let i = 0; i < 2; i++) {
    await s.server.gc();
    await sleep(500);
  }
  return rssBytes(s.server.pid);
}

export async function probeMemory(target: Target, m: number): Promise<MemoryResult> {
  const label = `memory-${target.name.replace(/[^\w.-]/g, '_')}`;
  let s = await target.start(`${label}-seed`, { exposeGc: true });
  const dataDir = s.dataDir;
  const rooms = await s.createDocs(m + 1); // rooms[0] warms up code paths before the baseline
  const persistent = target.durability !== 'never';
  try {
    if (persistent) {
      const acks = new AckDurabilityTracker();
      const seeders = await connectAll(target, s, rooms, (n) => acks.onAck(n));
      seeders.forEach((c, i) => writeSmallDoc(c.doc, i));
      if (target.durability === 'ack') {
        seeders.forEach((c) => c.sendDurabilityCheck(acks.nextNonce(performance.now(), true)));
        const until = performance.now() + 30_000;
        while (acks.unresolvedMeasured() > 0 && performance.now() < until) await sleep(50);
      } else {
        await sleep(500);
      }
      for (const c of seeders) c.destroy();
      // Hocuspocus stores on last disconnect; give it (and ours) time to finish writing.
      await sleep(3000);
      await s.server.stop();
      s = await target.start(label, { exposeGc: true, dataDir });
    }
    const warm = await connectAll(target, s, rooms.slice(0, 1));
    if (!persistent) warm.forEach((c, i) => writeSmallDoc(c.doc, i));
    await sleep(1000);
    const baseline = await settledRss(s);
    const clients = await connectAll(target, s, rooms.slice(1));
    if (!persistent) clients.forEach((c, i) => writeSmallDoc(c.doc, i + 1));
    await sleep(2000);
    const loaded = await settledRss(s);
    const fragmentOk = clients.every((c) => c.doc.getXmlFragment(DOC_CONTENT_FIELD).length === 13);
    if (!fragmentOk) throw new Error(`${target.name}: some documents did not load their content`);
    for (const c of [...warm, ...clients]) c.destroy();
    return { server: target.name, docs: m, baselineRssBytes: baseline, loadedRssBytes: loaded, perDocBytes: (loaded - baseline) / m };
  } finally {
    await s.server.stop();
    if (persistent) rmSync(dataDir, { recursive: true, force: true });
  }
}
