/**
 * Export benchmark: time and memory to export a generated 100-page policy (chapters with
 * headings, lists and tables, plus a 200-row action plan table and annex) in every format.
 *
 *   npm run bench:export                   # every format, 3 runs each
 *   BENCH_RUNS=5 BENCH_FORMATS=docx,html npm run bench:export
 *
 * PDF and ODT time includes the external program (Chromium, LibreOffice); their memory is the
 * child process's and is not in the heap column.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../shared/schemas/export.ts';
import type { PmNode } from '../shared/schemas/versions.ts';
import { exportLabels } from '../server/export/labels.ts';
import type { ExportModel } from '../server/export/model.ts';
import { renderExport } from '../server/export/render.ts';
import { RESULTS_DIR } from './lib/server-proc.ts';
import { envNumber, fmtBytes, fmtMs } from './lib/stats.ts';
import { markdownTable } from './lib/table.ts';

const RUNS = envNumber('BENCH_RUNS', 3);
const FORMATS = (process.env['BENCH_FORMATS']?.split(',') ?? [...EXPORT_FORMATS]).filter((f): f is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(f),
);

const text = (value: string): PmNode => ({ type: 'text', text: value });
const paragraph = (value: string): PmNode => ({ type: 'paragraph', content: [text(value)] });
const cell = (type: 'tableCell' | 'tableHeader', value: string): PmNode => ({ type, content: [paragraph(value)] });
const row = (type: 'tableCell' | 'tableHeader', values: string[]): PmNode => ({ type: 'tableRow', content: values.map((v) => cell(type, v)) });
const SENTENCE =
  'The core group reviews the evidence on labour mobility, remittances and return, and proposes measures that the lead institution coordinates with partner ministries. ';

/** About 100 A4 pages: 50 chapters of 3 sections, each with text, a list and a small table. */
function generateDocument(): PmNode {
  const content: PmNode[] = [];
  for (let chapter = 1; chapter <= 50; chapter++) {
    content.push({ type: 'heading', attrs: { level: 1 }, content: [text(`Chapter ${chapter}`)] });
    for (let section = 1; section <= 3; section++) {
      content.push({ type: 'heading', attrs: { level: 2 }, content: [text(`Section ${chapter}.${section}`)] });
      for (let p = 0; p < 3; p++) content.push(paragraph(SENTENCE.repeat(3)));
      content.push({ type: 'bulletList', content: [1, 2, 3].map((i) => ({ type: 'listItem', content: [paragraph(`Measure ${chapter}.${section}.${i}`)] })) });
    }
    content.push({ type: 'table', content: [row('tableHeader', ['Indicator', 'Baseline', 'Target']), ...[1, 2, 3].map((i) => row('tableCell', [`Indicator ${chapter}.${i}`, `${i * 10}`, `${i * 20}`]))] });
  }
  const plan = Array.from({ length: 200 }, (_, i) => row('tableCell', [`Measure ${i + 1}`, 'Ministry of Labour', '2027-Q1', '2028-Q4', `Indicator ${i + 1}`, 'On track']));
  content.push({ type: 'heading', attrs: { level: 1 }, content: [text('Action plan')] });
  content.push({ type: 'table', content: [row('tableHeader', ['Measure', 'Responsible', 'Start', 'End', 'Indicator', 'Status']), ...plan] });
  return { type: 'doc', content };
}

function generateModel(): ExportModel {
  return {
    language: 'en',
    labels: exportLabels('en'),
    title: 'National migration and development policy',
    leadInstitution: 'Ministry of Foreign Affairs',
    versionName: 'Benchmark',
    date: new Date().toISOString(),
    validated: false,
    signatures: [],
    content: generateDocument(),
    matrices: [
      {
        matrix: 'action',
        rows: Array.from({ length: 200 }, (_, i) => ({ measure: `Measure ${i + 1}`, responsible: 'Ministry of Labour', status: 'onTrack', target: `${i}%` })),
      },
    ],
    comments: [],
  };
}

async function main(): Promise<void> {
  const model = generateModel();
  const results: Array<{ format: ExportFormat; medianMs: number; bytes: number; heapDelta: number; rss: number; error?: string }> = [];
  for (const format of FORMATS) {
    const times: number[] = [];
    let bytes = 0;
    let heapDelta = 0;
    let error: string | undefined;
    for (let run = 0; run < RUNS && !error; run++) {
      globalThis.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const start = performance.now();
      try {
        const output = await renderExport(model, format, { chromium: undefined, libreOffice: undefined });
        bytes = output.length;
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
      }
      times.push(performance.now() - start);
      heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - heapBefore);
    }
    times.sort((a, b) => a - b);
    results.push({ format, medianMs: times[Math.floor(times.length / 2)] ?? 0, bytes, heapDelta, rss: process.memoryUsage().rss, ...(error ? { error } : {}) });
  }
  process.stdout.write(
    `${markdownTable(
      ['format', 'median time', 'output size', 'heap growth (max)', 'process RSS after', 'error'],
      results.map((r) => [r.format, fmtMs(r.medianMs), fmtBytes(r.bytes), fmtBytes(r.heapDelta), fmtBytes(r.rss), r.error ?? '']),
    )}\n`,
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'export.json');
  writeFileSync(file, JSON.stringify({ runs: RUNS, at: new Date().toISOString(), results }, null, 2));
  process.stdout.write(`\nwritten to ${file}\n`);
}

await main();
