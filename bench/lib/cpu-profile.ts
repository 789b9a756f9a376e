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

/** Self time per package or source file (`originOf`), idle included, largest first. */
export function summarizeByOrigin(file: string, top = 25): Array<{ origin: string; selfMs: number }> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const origin = ['(idle)', '(garbage collector)', '(program)'].includes(node.callFrame.functionName) ? node.callFrame.functionName : originOf(node.callFrame.url);
    self.set(origin, (self.get(origin) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...self.entries()].map(([origin, selfMs]) => ({ origin, selfMs })).sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
}

export function summarizeProfile(file: string, top = 25, by: 'self' | 'total' = 'self'): ProfileLine[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      const name = frameName(node);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return [...total.entries()]
    .map(([name, totalMs]) => ({ name, totalMs, selfMs: self.get(name) ?? 0 }))
    .filter((line) => !['(root)', '(program)', '(idle)'].includes(line.name))
    .sort((a, b) => (by === 'self' ? b.selfMs - a.selfMs : b.totalMs - a.totalMs))
    .slice(0, top);
}

/**
 * `node --import tsx bench/lib/cpu-profile.ts <file.cpuprofile> [top] [self|total|origin]`:
 * prints the summary (by function, self or total time; or by package).
 */
if (process.argv[1]?.endsWith('cpu-profile.ts') && process.argv[2]) {
  const [file, top = '25', by] = process.argv.slice(2) as [string, string?, string?];
  if (by === 'origin') {
    for (const line of summarizeByOrigin(file, Number(top))) process.stdout.write(`${line.selfMs.toFixed(1).padStart(8)} self  ${line.origin}\n`);
  } else {
    for (const l of summarizeProfile(file, Number(top), by === 'total' ? 'total' : 'self')) {
      process.stdout.write(`${l.selfMs.toFixed(1).padStart(8)} self ${l.totalMs.toFixed(1).padStart(8)} total  ${l.name}\n`);
    }
  }
}
