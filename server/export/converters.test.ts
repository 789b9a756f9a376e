import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TableOfContents } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError } from '../http/errors.ts';
import { waitFor } from '../testing/test-server.ts';
import { convertDocx, runProgram } from './converters.ts';
import { pdfText, requireProgram } from './test-helpers.ts';

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
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Large export. '.repeat(2000))] }] }));
    const error: unknown = await convertDocx(docx, 'pdf', undefined, { maxBytes: 1024 }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ status: 413, code: 'export_too_large' });
    // The same file under the default limit converts.
    const pdf = await convertDocx(docx, 'pdf', undefined);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('runs only its own macro: text that looks like a macro call is printed, not run', { timeout: 60_000 }, async () => {
    requireProgram('libreoffice', 'libreoffice-writer-nogui');
    const hostile = '","writer8","0") macro:///Standard.Module1.Convert("file:///etc/passwd';
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new TableOfContents('Contents', { headingStyleRange: '1-3' }),
              new Paragraph({ text: 'Chapter one', heading: HeadingLevel.HEADING_1, outlineLevel: 0, pageBreakBefore: true }),
              new Paragraph(hostile),
            ],
          },
        ],
      }),
    );
    const text = pdfText(await convertDocx(docx, 'pdf', undefined));
    expect(text).toContain(hostile);
    expect(text).not.toContain('root:');
    // The macro did its one job: the contents lists the heading with its page number.
    expect(text).toMatch(/Chapter one\W*2 Chapter one/);
  });
});
