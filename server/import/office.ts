import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findProgram, runProgram } from '../export/converters.ts';
import { ImportRefusal } from './refusal.ts';

/**
 * .odt and .doc become .docx through LibreOffice (`soffice --headless --convert-to docx`), in a
 * temporary directory of their own with a profile of their own (so conversions never share
 * LibreOffice's lock), killed with every process it started past `timeoutMs`.
 */
export async function convertWithLibreOffice(configured: string | undefined, file: Uint8Array, extension: 'odt' | 'doc', timeoutMs: number): Promise<Uint8Array> {
  const program = findProgram(configured, ['soffice', 'libreoffice']);
  if (!program) throw new ImportRefusal('converter_missing', 'importing .odt and .doc needs LibreOffice on the server (Debian: libreoffice-writer-nogui)');
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cadre-import-'));
  try {
    const input = path.join(dir, `source.${extension}`);
    await fs.writeFile(input, file);
    const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
    try {
      await runProgram(program, ['--headless', '--norestore', profile, '--convert-to', 'docx', '--outdir', dir, input], timeoutMs);
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'export_timeout') {
        throw new ImportRefusal('import_timeout', `LibreOffice did not convert the file within ${timeoutMs} ms`);
      }
      throw new ImportRefusal('not_a_document', `LibreOffice could not read the file as a document`);
    }
    return await fs.readFile(path.join(dir, 'source.docx')).catch(() => {
      throw new ImportRefusal('not_a_document', 'LibreOffice could not read the file as a document');
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
