import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const OUT_DIR = 'dist/start-path-check';

/** The packages a bundle's chunk loads before it runs: its static imports, through other chunks. */
function packagesLoadedAtStart(metafile: Metafile, chunk: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(chunk)) return packages;
  seen.add(chunk);
  for (const imported of metafile.outputs[chunk]?.imports ?? []) {
    if (imported.kind === 'dynamic-import') continue;
    if (imported.external) packages.add(imported.path);
    else for (const name of packagesLoadedAtStart(metafile, imported.path, seen)) packages.add(name);
  }
  return packages;
}

describe('what the server loads when it starts', () => {
  // Tiptap and ProseMirror cost about 10 MB a server would hold from its start for nothing: the
  // sync server checks edits against `document-shape.ts`, and only writing content (a restore, a
  // template, an import) or an export loads them.
  it('holds no editor engine: the compiled server chunks that start it import no Tiptap or ProseMirror', async () => {
    const { metafile } = await build({
      entryPoints: { main: 'server/main.ts' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outdir: OUT_DIR,
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const packages = [...packagesLoadedAtStart(metafile, `${OUT_DIR}/main.js`)];
    expect(packages).toContain('yjs');
    expect(packages.filter((name) => /^(@tiptap\/|prosemirror-)/.test(name))).toEqual([]);
  });
});
