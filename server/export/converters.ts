import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HttpError } from '../http/errors.ts';
import { checkOutputSize, DEFAULT_MAX_EXPORT_BYTES } from './limits.ts';

/**
 * PDF and ODT come from an external program: LibreOffice converts the DOCX, so the three
 * office formats share one layout (cover, contents with page numbers, running header). Its path
 * is looked up when a conversion is asked for, so a server without it still starts and serves
 * every other format; the error then names what to install.
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

/** The path configured by `CADRE_LIBREOFFICE_PATH`, if any. */
export type ConverterPrograms = { libreOffice: string | undefined };

const libreOfficePath = (configured: string | undefined) => findProgram(configured, ['libreoffice', 'soffice']);

/** How long a conversion may take; past it the program and everything it started are killed. */
const LIBREOFFICE_TIMEOUT_MS = 120_000;

/** Limits of one conversion; the output limit is the export's (`ExportLimits.maxOutputBytes`). */
export type ConversionOptions = { timeoutMs?: number; maxBytes?: number };

/**
 * Runs a program to completion within `timeoutMs`. It gets a process group of its own and the
 * whole group is killed when it ends or times out: `libreoffice` is a script that starts
 * `soffice.bin` (which may start helpers), and killing only the first one would leave the
 * others running without limit.
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

/** What LibreOffice makes of a DOCX: OpenDocument, PDF, or archival PDF (PDF/A-2). */
export type OfficeTarget = 'odt' | 'pdf' | 'pdfa';

const OFFICE_FILTERS: Record<OfficeTarget, { filter: string; extension: string; pdfVersion: number }> = {
  odt: { filter: 'writer8', extension: 'odt', pdfVersion: 0 },
  pdf: { filter: 'writer_pdf_Export', extension: 'pdf', pdfVersion: 0 },
  // `SelectPdfVersion` 2 is PDF/A-2b, what records offices keep.
  pdfa: { filter: 'writer_pdf_Export', extension: 'pdf', pdfVersion: 2 },
};

/**
 * LibreOffice's `--convert-to` lays the contents out before the pages exist, so the contents
 * would have no page numbers. This macro opens the file, updates every index once the layout
 * is done, then stores it; on any error it stores nothing (the caller then says so) rather than
 * showing a dialog nobody will close. It is the only code LibreOffice runs: its text is this
 * constant and its arguments are made here (file URLs of the private directory, a filter from
 * `OFFICE_FILTERS`), never from the document; the document is opened with macros off
 * (`MacroExecutionMode` NEVER_EXECUTE) and without updating linked content (`UpdateDocMode`
 * NO_UPDATE), so nothing in it runs or is fetched.
 */
const CONVERT_MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Convert(source As String, target As String, filter As String, pdfVersion As String)
  On Error GoTo Failed
  Dim load(2) As New com.sun.star.beans.PropertyValue
  load(0).Name = &quot;Hidden&quot;
  load(0).Value = True
  load(1).Name = &quot;MacroExecutionMode&quot;
  load(1).Value = com.sun.star.document.MacroExecMode.NEVER_EXECUTE
  load(2).Name = &quot;UpdateDocMode&quot;
  load(2).Value = com.sun.star.document.UpdateDocMode.NO_UPDATE
  doc = StarDesktop.loadComponentFromURL(source, &quot;_blank&quot;, 0, load())
  indexes = doc.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    indexes.getByIndex(i).update()
  Next i
  Dim data(0) As New com.sun.star.beans.PropertyValue
  data(0).Name = &quot;SelectPdfVersion&quot;
  data(0).Value = CLng(pdfVersion)
  Dim store(1) As New com.sun.star.beans.PropertyValue
  store(0).Name = &quot;FilterName&quot;
  store(0).Value = filter
  store(1).Name = &quot;FilterData&quot;
  store(1).Value = data()
  doc.storeToURL(target, store())
Failed:
  If Not IsNull(doc) And Not IsEmpty(doc) Then doc.close(True)
End Sub
</script:module>
`;

/**
 * Converts a DOCX with LibreOffice, contents filled with page numbers. Each run has a private
 * profile (two conversions at once would otherwise fight over one), created first so that the
 * macro can be put into it.
 */
export async function convertDocx(docx: Buffer, to: OfficeTarget, configured: string | undefined, options: ConversionOptions = {}): Promise<Buffer> {
  const { timeoutMs = LIBREOFFICE_TIMEOUT_MS, maxBytes = DEFAULT_MAX_EXPORT_BYTES } = options;
  const office = libreOfficePath(configured);
  if (!office) {
    throw new HttpError(
      503,
      'export_unavailable',
      'ODT and PDF export need LibreOffice: install the Debian package "libreoffice-writer-nogui" or set CADRE_LIBREOFFICE_PATH',
    );
  }
  const { filter, extension, pdfVersion } = OFFICE_FILTERS[to];
  return inTempDir(async (dir) => {
    // The macro's arguments are file URLs of this directory: refuse one the call could misread.
    if (!/^[\w/.-]+$/.test(dir)) throw new Error(`the temporary directory ${dir} has characters a LibreOffice macro call cannot carry`);
    const started = Date.now();
    const profile = [`-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--headless', '--invisible', '--norestore'];
    await runProgram(office, [...profile, '--terminate_after_init'], timeoutMs);
    await fs.promises.writeFile(path.join(dir, 'profile', 'user', 'basic', 'Standard', 'Module1.xba'), CONVERT_MACRO);
    const input = path.join(dir, 'document.docx');
    const output = path.join(dir, `document.${extension}`);
    await fs.promises.writeFile(input, docx);
    const call = `macro:///Standard.Module1.Convert("${pathToFileURL(input).href}","${pathToFileURL(output).href}","${filter}","${pdfVersion}")`;
    await runProgram(office, [...profile, call], Math.max(1, timeoutMs - (Date.now() - started)));
    if (!fs.existsSync(output)) throw new Error(`LibreOffice could not convert the document to ${to}`);
    return readOutput(output, maxBytes);
  });
}
