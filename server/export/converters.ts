import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HttpError } from '../http/errors.ts';
import { checkOutputSize, DEFAULT_MAX_EXPORT_BYTES } from './limits.ts';

/**
 * PDF and ODT come from external programs (Chromium prints the HTML export, LibreOffice
 * converts the DOCX). Paths are looked up when a conversion is asked for, so a server without
 * them still starts and serves every other format; the error then names what to install.
 */
export function findProgram(configured: string | undefined, candidates: readonly string[]): string | undefined {
  if (configured) return fs.existsSync(configured) ? configured : undefined;
  const dirs = (process.env['PATH'] ?? '/usr/bin:/bin').split(path.delimiter);
  for (const candidate of candidates) {
    if (path.isAbsolute(candidate)) {
      if (fs.existsSync(candidate)) return candidate;
      continue;
    }
    for (const dir of dirs) {
      const full = path.join(dir, candidate);
      if (fs.existsSync(full)) return full;
    }
  }
  return undefined;
}

/** Paths configured by `CADRE_CHROMIUM_PATH` and `CADRE_LIBREOFFICE_PATH`, if any. */
export type ConverterPrograms = { chromium: string | undefined; libreOffice: string | undefined };

const chromiumPath = (configured: string | undefined) =>
  findProgram(configured, ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome']);
const libreOfficePath = (configured: string | undefined) => findProgram(configured, ['libreoffice', 'soffice']);

/** How long a conversion may take; past it the program and everything it started are killed. */
const CHROMIUM_TIMEOUT_MS = 60_000;
const LIBREOFFICE_TIMEOUT_MS = 120_000;

/** Limits of one conversion; the output limit is the export's (`ExportLimits.maxOutputBytes`). */
export type ConversionOptions = { timeoutMs?: number; maxBytes?: number };

/**
 * Runs a program to completion within `timeoutMs`. It gets a process group of its own and the
 * whole group is killed when it ends or times out: `libreoffice` is a script that starts
 * `soffice.bin`, Chromium starts helper processes, and killing only the first one would leave
 * the others running without limit.
 */
export function runProgram(program: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const killGroup = () => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group has already exited.
      }
    };
    let stderr = '';
    let timedOut = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      killGroup();
      if (timedOut) reject(new HttpError(503, 'export_timeout', `${path.basename(program)} did not finish within ${timeoutMs} ms`));
      else if (code === 0) resolve();
      else reject(new Error(`${path.basename(program)} exited with ${code ?? signal}: ${stderr.trim()}`));
    });
  });
}

/** Reads a converter's output, refusing (413) one larger than the export limit before loading it. */
async function readOutput(file: string, maxBytes: number): Promise<Buffer> {
  const { size } = await fs.promises.stat(file);
  checkOutputSize(size, maxBytes);
  return fs.promises.readFile(file);
}

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cadre-export-'));
  try {
    return await work(dir);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

/** Prints a self-contained HTML page to PDF with headless Chromium. */
export async function htmlToPdf(html: string, configured: string | undefined, options: ConversionOptions = {}): Promise<Buffer> {
  const { timeoutMs = CHROMIUM_TIMEOUT_MS, maxBytes = DEFAULT_MAX_EXPORT_BYTES } = options;
  const chromium = chromiumPath(configured);
  if (!chromium) {
    throw new HttpError(503, 'export_unavailable', 'PDF export needs Chromium: install the Debian package "chromium" or set CADRE_CHROMIUM_PATH');
  }
  return inTempDir(async (dir) => {
    const input = path.join(dir, 'document.html');
    const output = path.join(dir, 'document.pdf');
    await fs.promises.writeFile(input, html);
    await runProgram(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        // The page is our own sanitized export, but it still gets no network.
        '--blink-settings=imagesEnabled=false',
        '--proxy-server=127.0.0.1:9',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${output}`,
        `file://${input}`,
      ],
      timeoutMs,
    );
    return readOutput(output, maxBytes);
  });
}

/** Converts a DOCX with LibreOffice (`odt`, or `pdf` for tests that read the result). */
export async function convertDocx(
  docx: Buffer,
  to: 'odt' | 'pdf',
  configured: string | undefined,
  options: ConversionOptions = {},
): Promise<Buffer> {
  const { timeoutMs = LIBREOFFICE_TIMEOUT_MS, maxBytes = DEFAULT_MAX_EXPORT_BYTES } = options;
  const office = libreOfficePath(configured);
  if (!office) {
    throw new HttpError(
      503,
      'export_unavailable',
      'ODT export needs LibreOffice: install the Debian package "libreoffice-writer-nogui" or set CADRE_LIBREOFFICE_PATH',
    );
  }
  return inTempDir(async (dir) => {
    const input = path.join(dir, 'document.docx');
    await fs.promises.writeFile(input, docx);
    // A private profile per run: two conversions at once would otherwise fight over one.
    await runProgram(office, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', dir, input], timeoutMs);
    return readOutput(path.join(dir, `document.${to}`), maxBytes);
  });
}
