import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

// Text the browser downloads; source maps are only fetched by open developer tools.
const COMPRESSIBLE = /\.(?:html|js|css|svg|json|txt)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file of the build, at the
 * strongest settings (paid once at build time, never per request); the server picks one by
 * `Accept-Encoding` (server/http/static-client.ts). A variant that would not be smaller is
 * not written, so the plain file is sent.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'cadre:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = [...Object.keys(bundle), 'index.html'].filter((name, i, all) => COMPRESSIBLE.test(name) && all.indexOf(name) === i);
      await Promise.all(files.map((name) => compressFile(path.join(outDir, name))));
    },
  };
}

export async function compressFile(file: string): Promise<void> {
  const content = await fs.readFile(file);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeIfSmaller(`${file}.br`, br, content.length), writeIfSmaller(`${file}.gz`, gz, content.length)]);
}

async function writeIfSmaller(file: string, compressed: Buffer, plainSize: number): Promise<void> {
  if (compressed.length < plainSize) await fs.writeFile(file, compressed);
}
