import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './context.ts';

/** Vite names everything under /assets/ by its content's hash: a changed file is a new URL. */
const ASSETS_PREFIX = '/assets/';

/** A script, stylesheet or other file of the client build named by its hash (never a page). */
export function isHashedAsset(urlPath: string): boolean {
  return urlPath.startsWith(ASSETS_PREFIX);
}
/**
 * How long a browser keeps a file and whether it asks again: hashed assets for a year without
 * asking (a changed file is a new URL, so they carry no validator either: on a slow link their
 * ~80 bytes of ETag and Last-Modified are a tenth of a small chunk); index.html names the current
 * assets, so it is revalidated (ETag) before every use, and so is /sw.js, the service worker
 * (scope /), whose changed bytes are how browsers learn of a new version.
 */
const IMMUTABLE = { cacheControl: 'public, max-age=31536000, immutable', validators: false } as const;
const REVALIDATE = { cacheControl: 'no-cache', validators: true } as const;
type Caching = typeof IMMUTABLE | typeof REVALIDATE;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The build writes `<file>.br` and `<file>.gz` beside each compressible file (see
 * `scripts/precompress.ts`); the first of these the browser accepts is sent, in this order of
 * preference (brotli is the smaller).
 */
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

type Representation = { file: string; stat: fs.Stats; encoding: string | null };

/**
 * Serves the built single-page client from `clientDir`, precompressed when the browser accepts
 * it; unknown paths outside /assets/ get index.html (client routing), unknown assets 404.
 * Files are looked up per request, so a rebuild is served without a restart.
 */
export function serveClient(app: Hono<AppEnv>, clientDir: string): void {
  const root = path.resolve(clientDir);
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const relative = safeRelativePath(c.req.path);
    const asset = relative === null ? null : await findFile(root, relative);
    if (asset) return send(c, asset, isHashedAsset(c.req.path) ? IMMUTABLE : REVALIDATE);
    if (isHashedAsset(c.req.path)) return c.text('no such asset', 404);
    const index = await findFile(root, 'index.html');
    if (!index) return c.text('The client is not built: run `npm run build`.', 503);
    return send(c, index, REVALIDATE);
  });
}

/** The request path as a path under the client directory, or null when it tries to leave it. */
function safeRelativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const normalized = path.posix.normalize(decoded);
  if (normalized.split('/').includes('..')) return null;
  const relative = normalized.replace(/^\/+/, '');
  return relative === '' ? 'index.html' : relative;
}

/** A regular file of a type the client is made of; the `.br`/`.gz` siblings are never served as such. */
async function findFile(root: string, relative: string): Promise<string | null> {
  if (!(path.extname(relative) in CONTENT_TYPES)) return null;
  const file = path.join(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  const stat = await statFile(file);
  return stat ? file : null;
}

async function statFile(file: string): Promise<fs.Stats | null> {
  try {
    const stat = await fs.promises.stat(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/** The encodings an `Accept-Encoding` header allows (q > 0), lower-cased; `*` stands for any other. */
export function acceptedEncodings(header: string | undefined): (token: string) => boolean {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  return (token) => (quality.get(token) ?? quality.get('*') ?? 0) > 0;
}

async function chooseRepresentation(file: string, acceptEncoding: string | undefined): Promise<Representation | null> {
  const accepts = acceptedEncodings(acceptEncoding);
  for (const { token, suffix } of ENCODINGS) {
    if (!accepts(token)) continue;
    const stat = await statFile(file + suffix);
    if (stat) return { file: file + suffix, stat, encoding: token };
  }
  const stat = await statFile(file);
  return stat ? { file, stat, encoding: null } : null;
}

/** One tag per representation: the brotli, gzip and plain bytes of a file differ. */
function entityTag({ stat, encoding }: Representation): string {
  return `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`;
}

function notModified(c: Context<AppEnv>, tag: string, modified: Date): boolean {
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((candidate) => {
      const value = candidate.trim();
      return value === '*' || value.replace(/^W\//, '') === tag;
    });
  }
  const since = Date.parse(c.req.header('if-modified-since') ?? '');
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

async function send(c: Context<AppEnv>, file: string, caching: Caching): Promise<Response> {
  const chosen = await chooseRepresentation(file, c.req.header('accept-encoding'));
  if (!chosen) return c.text('no such file', 404);
  const headers: Record<string, string> = {
    'Cache-Control': caching.cacheControl,
    // Caches must keep the brotli, gzip and plain answers apart.
    Vary: 'Accept-Encoding',
  };
  if (caching.validators) {
    const tag = entityTag(chosen);
    headers.ETag = tag;
    headers['Last-Modified'] = chosen.stat.mtime.toUTCString();
    if (notModified(c, tag, chosen.stat.mtime)) return c.body(null, 304, headers);
  }
  headers['Content-Type'] = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  headers['Content-Length'] = String(chosen.stat.size);
  if (chosen.encoding) headers['Content-Encoding'] = chosen.encoding;
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  const stream = Readable.toWeb(fs.createReadStream(chosen.file)) as ReadableStream<Uint8Array>;
  return c.body(stream, 200, headers);
}
