/**
 * Export benchmark: time and memory to export a generated policy of about 100 pages (50
 * chapters with headings, lists and a table each, plus an annex: a 200-row logframe of 10 objectives)
 * in every format. The editor holds no images yet (issue #10, item 4), so neither does this.
 *
 *   npm run bench:export                   # every format, 3 runs each
 *   BENCH_RUNS=5 BENCH_FORMATS=docx,html npm run bench:export
 *
 * Memory is this process's (the server's part of an export): heap growth, and peak RSS growth
 * sampled every 20 ms during a run. PDF and ODT time includes LibreOffice, whose own memory is a
 * separate process's and in neither column. Pages of PDF files are counted with `pdfinfo`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../shared/schemas/export-formats.ts';
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
      for (let p = 0; p < 5; p++) content.push(paragraph(SENTENCE.repeat(3)));
      content.push({ type: 'bulletList', content: [1, 2, 3].map((i) => ({ type: 'listItem', content: [paragraph(`Measure ${chapter}.${section}.${i}`)] })) });
    }
    content.push({ type: 'table', content: [row('tableHeader', ['Indicator', 'Baseline', 'Target']), ...[1, 2, 3].map((i) => row('tableCell', [`Indicator ${chapter}.${i}`, `${i * 10}`, `${i * 20}`]))] });
  }
  const plan = Array.from({ length: 200 }, (_, i) => row('tableCell', [`Measure ${i + 1}`, 'Ministry of Labour', '2027-Q1', '2028-Q4', `Indicator ${i + 1}`, 'On track']));
  content.push({ type: 'heading', attrs: { level: 1 }, content: [text('Action plan')] });
  content.push({ type: 'table', content: [row('tableHeader', ['Measure', 'Responsible', 'Start', 'End', 'Indicator', 'Status']), ...plan] });
  return { type: 'doc', content };
}

const OBJECTIVES = 10;

/** A 200-row action plan: per objective, 5 measures with 3 activities each, every field filled. */
function logframe(): { rows: Array<Record<string, unknown>>; ids: string[] } {
  const rows: Array<Record<string, unknown>> = [];
  const ids: string[] = [];
  const statuses = ['notStarted', 'onTrack', 'delayed', 'done'] as const;
  for (let o = 0; o < OBJECTIVES; o++) {
    for (let m = 0; m < 5; m++) {
      const measureId = `measure-${o}-${m}`;
      for (let a = -1; a < 3 && rows.length < 200; a++) {
        const measure = a < 0;
        ids.push(measure ? measureId : `${measureId}-activity-${a}`);
        rows.push({
          objectiveId: `objective-${o}`,
          level: measure ? 'measure' : 'activity',
          parentId: measure ? null : measureId,
          title: measure ? `Measure ${o + 1}.${m + 1}: one-stop information desks` : `Activity ${a + 1}: train the desk officers`,
          responsibleInstitution: 'Ministry of Labour',
          partners: 'National statistics office',
          start: '2027-01-15',
          end: '2028-06-30',
          indicator: 'Share of migrants informed before departure',
          baseline: '12 % (2025)',
          target: '60 % (2028)',
          resources: '250,000 EUR',
          fundingSource: 'State budget',
          status: statuses[(o + m + a + 1) % statuses.length],
        });
      }
    }
  }
  return { rows, ids };
}

function generateModel(): ExportModel {
  return {
    language: 'en',
    labels: exportLabels('en'),
    title: 'National migration and development policy',
    workspaceTitle: 'Migration core group',
    leadInstitution: 'Ministry of Foreign Affairs',
    versionName: 'Benchmark',
    date: new Date().toISOString(),
    validated: false,
    ladder: [],
    content: generateDocument(),
    matrices: [
      {
        matrix: 'objective',
        rows: Array.from({ length: OBJECTIVES }, (_, i) => ({ title: `Objective ${i + 1}: protect the rights of migrant workers` })),
        ids: Array.from({ length: OBJECTIVES }, (_, i) => `objective-${i}`),
      },
      { matrix: 'action', ...logframe() },
    ],
    comments: [],
  };
}

/** Pages of a PDF as poppler's `pdfinfo` counts them; undefined without poppler-utils. */
function pdfPages(pdf: Buffer): number | undefined {
  const file = join(tmpdir(), `cadre-bench-export-${process.pid}.pdf`);
  writeFileSync(file, pdf);
  try {
    const match = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const model = generateModel();
  type Result = { format: ExportFormat; medianMs: number; maxMs: number; bytes: number; pages?: number; heapDelta: number; rssGrowth: number; rss: number; error?: string };
  const results: Result[] = [];
  for (const format of FORMATS) {
    const times: number[] = [];
    let bytes = 0;
    let pages: number | undefined;
    let heapDelta = 0;
    let rssGrowth = 0;
    let error: string | undefined;
    for (let run = 0; run < RUNS && !error; run++) {
      globalThis.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const rssBefore = process.memoryUsage().rss;
      let rssPeak = rssBefore;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
      const start = performance.now();
      try {
        // Archival PDF is only made of a version signed at every step.
        const output = await renderExport(format === 'pdfa' ? { ...model, validated: true } : model, format, { libreOffice: undefined });
        bytes = output.length;
        if (format === 'pdf' || format === 'pdfa') pages = pdfPages(output);
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
      }
      times.push(performance.now() - start);
      clearInterval(sampler);
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - heapBefore);
      rssGrowth = Math.max(rssGrowth, rssPeak - rssBefore);
    }
    times.sort((a, b) => a - b);
    const medianMs = times[Math.floor(times.length / 2)] ?? 0;
    const maxMs = times.at(-1) ?? 0;
    results.push({ format, medianMs, maxMs, bytes, ...(pages ? { pages } : {}), heapDelta, rssGrowth, rss: process.memoryUsage().rss, ...(error ? { error } : {}) });
  }
  process.stdout.write(
    `${markdownTable(
      ['format', 'median time', 'slowest', 'output size', 'pages', 'heap growth (max)', 'peak RSS growth (max)', 'process RSS after', 'error'],
      results.map((r) => [r.format, fmtMs(r.medianMs), fmtMs(r.maxMs), fmtBytes(r.bytes), r.pages ? String(r.pages) : '', fmtBytes(r.heapDelta), fmtBytes(r.rssGrowth), fmtBytes(r.rss), r.error ?? '']),
    )}\n`,
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, 'export.json');
  writeFileSync(file, JSON.stringify({ runs: RUNS, at: new Date().toISOString(), results }, null, 2));
  process.stdout.write(`\nwritten to ${file}\n`);
}

await main();
