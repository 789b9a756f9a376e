/**
 * `npm run bench:import`: imports a 100-page Word document with 50 tables and 20 images into a
 * real server (in this process) and prints the time and the server's memory growth. Targets:
 * import ≤ 5 s, memory growth ≤ 200 MB. Writes bench/results/import.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contract } from '../shared/api/index.ts';
import { buildDocx, cell, image, paragraph, run, table } from '../server/import/fixtures/build-docx.ts';
import { seedWorkspace, startTestServer } from '../server/testing/test-server.ts';

const LOREM = 'The national policy sets out how ministries coordinate the return and reintegration of citizens abroad, with measures, indicators and budgets. ';
const body: string[] = [];
for (let page = 0; page < 100; page++) {
  body.push(paragraph(run(`Section ${page + 1}`), { style: 'Heading2' }));
  for (let p = 0; p < 6; p++) body.push(paragraph(run(LOREM.repeat(3), p % 3 === 0 ? 'b' : '')));
  if (page % 2 === 0) body.push(table(Array.from({ length: 8 }, (_, r) => Array.from({ length: 5 }, (_, c) => cell(`R${r} C${c}`)))));
  if (page % 5 === 0) body.push(paragraph(image(`rImg${page / 5}`)));
}
const docx = await buildDocx({ body: body.join(''), images: Array.from({ length: 20 }, (_, i) => `rImg${i}`) });

const server = await startTestServer();
try {
  const { facilitator, workspaceId } = await seedWorkspace(server.url);
  const rows: Array<{ run: number; seconds: number; rssGrowthMb: number }> = [];
  for (let i = 0; i < 3; i++) {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const form = new FormData();
    form.set('file', new File([new Uint8Array(docx)], 'national-policy.docx'));
    const started = performance.now();
    const imported = await facilitator.call(contract.import.importDocument, { params: { id: workspaceId }, body: form }, 201);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    rows.push({ run: i + 1, seconds, rssGrowthMb: (peak - before) / 1024 / 1024 });
    if (i === 0) process.stdout.write(`file: ${(docx.byteLength / 1024).toFixed(0)} KB; report: ${imported.report.map((l) => `${l.kind} ${l.outcome} ${l.count}`).join(', ')}\n`);
  }
  process.stdout.write('| run | import time | peak RSS growth (server and worker) |\n|---|---|---|\n');
  for (const r of rows) process.stdout.write(`| ${r.run} | ${r.seconds.toFixed(2)} s | ${r.rssGrowthMb.toFixed(0)} MB |\n`);
  fs.mkdirSync(path.join('bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join('bench', 'results', 'import.json'), JSON.stringify({ fileBytes: docx.byteLength, rows }, null, 2));
} finally {
  await server.close();
}
