/**
 * `npm run bench:review`: cost of the review feature on the server, where anchors are
 * resolved against the live Y.Doc on every thread list. Prints a table, writes JSON to
 * bench/results/review.json. A program, not a test: nothing here asserts a duration.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { DOC_CONTENT_FIELD } from '../shared/collab/protocol.ts';
import { anchorInText } from '../shared/review/anchors.ts';
import { seedWorkspace, startTestServer } from '../server/testing/test-server.ts';
import { envList, fmtMs, percentiles } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';

const PARAGRAPHS = 400;
const threadCounts = envList('BENCH_REVIEW_THREADS', [10, 100, 500]);
const ROUNDS = 20;

const server = await startTestServer({ sync: { unloadDelayMs: 60_000 } });
const rows: string[][] = [];
const results: Array<Record<string, number>> = [];
try {
  for (const threads of threadCounts) {
    const { facilitator, documentId } = await seedWorkspace(server.url);
    const sentence = 'The national plan guarantees access to essential services for every migrant.';
    await server.services.collab.change(documentId, (doc) => {
      const blocks = Array.from({ length: PARAGRAPHS }, () => {
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(sentence)]);
        return paragraph;
      });
      doc.getXmlFragment(DOC_CONTENT_FIELD).insert(0, blocks);
    });
    const anchors = await server.services.collab.read(documentId, (doc) =>
      Array.from({ length: threads }, (_, i) => {
        const text = (doc.getXmlFragment(DOC_CONTENT_FIELD).get((i * 7) % PARAGRAPHS) as Y.XmlElement).get(0) as Y.XmlText;
        return anchorInText(text, 4, 12);
      }),
    );
    const create: number[] = [];
    for (const anchor of anchors) {
      const started = performance.now();
      await facilitator.expect(201, 'POST', `/api/documents/${documentId}/threads`, { kind: 'comment', anchor, quote: 'national', body: 'Which plan?' });
      create.push(performance.now() - started);
    }
    const list: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      await facilitator.expect(200, 'GET', `/api/documents/${documentId}/threads`);
      list.push(performance.now() - started);
    }
    const c = percentiles(create);
    const l = percentiles(list);
    rows.push([String(threads), String(PARAGRAPHS), fmtMs(c.p50), fmtMs(c.p95), fmtMs(l.p50), fmtMs(l.p95)]);
    results.push({ threads, paragraphs: PARAGRAPHS, createP50: c.p50, createP95: c.p95, listP50: l.p50, listP95: l.p95 });
  }
} finally {
  await server.close();
}
console.warn(markdownTable(['threads', 'paragraphs', 'create p50', 'create p95', 'list p50', 'list p95'], rows));
const out = path.join('bench', 'results', 'review.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
