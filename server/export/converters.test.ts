import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors.ts';
import { waitFor } from '../testing/test-server.ts';
import { htmlToPdf, runProgram } from './converters.ts';
import { requireProgram } from './test-helpers.ts';

/** Whether a process is gone (a zombie waiting for its reaper counts as gone: it runs nothing). */
function isGone(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('converter processes', () => {
  it('kills a program that runs past its timeout, with everything it started', { timeout: 20_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-timeout-'));
    dirs.push(dir);
    const pidFile = path.join(dir, 'grandchild.pid');
    // Like the `libreoffice` script starting `soffice.bin`: the real work is a grandchild.
    const script = `sleep 600 & echo $! > ${pidFile}; wait`;
    const error: unknown = await runProgram('sh', ['-c', script], 1_000).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 503, code: 'export_timeout' });
    const grandchild = Number(fs.readFileSync(pidFile, 'utf8'));
    expect(grandchild).toBeGreaterThan(0);
    await waitFor(() => isGone(grandchild), 'the grandchild process to be killed');
  });

  it('refuses (413) a converted file larger than the export limit, without reading it', { timeout: 60_000 }, async () => {
    requireProgram('chromium', 'chromium');
    const html = `<!doctype html><p>${'Large export. '.repeat(2000)}</p>`;
    const error: unknown = await htmlToPdf(html, undefined, { maxBytes: 1024 }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ status: 413, code: 'export_too_large' });
    // The same page under the default limit converts.
    const pdf = await htmlToPdf(html, undefined);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
