/**
 * Where a V8 CPU profile (`.cpuprofile`: Chromium's from CDP's Profiler in bench:load, the
 * server's from `BENCH_CPU_PROFILE=1 npm run bench:sync`) spends its time: self and total
 * (self + callees) time per function, largest first, or self time per package. Total time
 * counts a function once per sample even when it recurses. Frames of Cadre's bundles are named
 * after their source (file and line, through the build's source maps: dist/client/assets for
 * the client, the `.map` beside each file of dist/server/ for the server), not the compiled code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_DIR } from './server-proc.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export interface ProfileLine { name: string; selfMs: number; totalMs: number }

const sourceMaps = new Map<string, SourceMap | null>();
/** The source map of a frame's script: beside it for a local file (the server), else the client build's. */
function sourceMapOf(url: string): SourceMap | null {
  if (!sourceMaps.has(url)) {
    const path = url.startsWith('file://')
      ? `${fileURLToPath(url)}.map`
      : join(REPO_DIR, 'dist', 'client', 'assets', `${basename(url).split('?')[0] ?? ''}.map`);
    sourceMaps.set(url, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]) : null);
  }
  return sourceMaps.get(url) ?? null;
}

/** Where a frame's code comes from: a package of node_modules, a source file, or V8 itself. */
function originOf(url: string): string {
  if (url === '') return '(V8 and native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules < 0) return url.replace(/^.*\/work\/[^/]+\//, '').replace(/^file:\/\/.*?\/(server|dist|bench)\//, '$1/');
  const parts = url.slice(modules + 'node_modules/'.length).split('/');
  return parts.slice(0, parts[0]?.startsWith('@') ? 2 : 1).join('/');
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = basename(url).split('?')[0] ?? '';
  // Typed as possibly empty (no mapping there); `name` is the original identifier when known.
  const entry = (file ? sourceMapOf(url)?.findEntry(lineNumber, node.callFrame.columnNumber) : undefined) as
    | { originalSource?: string; originalLine?: number; name?: string }
    | undefined;
  if (entry?.originalSource !== undefined && entry.originalLine !== undefined) {
    const source = entry.originalSource.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
    return `${entry.name ?? (functionName || '(anonymous)')} ${source}:${entry.originalLine + 1}`;
  }
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

const file = process.argv[2]!; const bucketMs = Number(process.argv[3] ?? 200);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
let t = 0; const buckets = new Map<number, Map<string, number>>(); const busy = new Map<number, number>();
profile.samples.forEach((id, i) => {
  t += (profile.timeDeltas[i] ?? 0) / 1000;
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  const b = Math.floor(t / bucketMs);
  const leaf = byId.get(id)!;
  if (['(idle)', '(program)', '(root)'].includes(leaf.callFrame.functionName)) return;
  busy.set(b, (busy.get(b) ?? 0) + ms);
  const m = buckets.get(b) ?? new Map(); buckets.set(b, m);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at)!; const name = frameName(n);
    if (seen.has(name)) continue; seen.add(name);
    m.set(name, (m.get(name) ?? 0) + ms);
  }
});
for (const [b, m] of [...buckets.entries()].sort((a, b) => a[0] - b[0])) {
  const top = [...m.entries()].filter(([n]) => !/^\(root\)|^\(program\)/.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 7);
  console.log(`${(b * bucketMs).toString().padStart(6)} ms busy ${busy.get(b)?.toFixed(0)}: ` + top.map(([n, v]) => `${n.replace(/ [^ ]*\//, ' ')} ${v.toFixed(0)}`).join(' | '));
}
