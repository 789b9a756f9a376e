import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The converters and the PDF reader are Debian packages; CI must install them
 * (libreoffice-writer-nogui, poppler-utils). A missing one fails with its name.
 */
export function requireProgram(program: string, debianPackage: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`"${program}" is not installed: install the Debian package ${debianPackage} (apt-get install -y ${debianPackage})`);
  }
}

/** Text of a PDF as pdftotext reads it, whitespace collapsed. */
export function pdfText(pdf: Buffer): string {
  requireProgram('pdftotext', 'poppler-utils');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-pdf-'));
  try {
    const file = path.join(dir, 'out.pdf');
    fs.writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** An office file (DOCX or ODT) printed to PDF by LibreOffice, as its text. */
export function officeText(file: Buffer, extension: 'docx' | 'odt'): string {
  requireProgram('libreoffice', 'libreoffice-writer-nogui');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-office-'));
  try {
    const input = path.join(dir, `document.${extension}`);
    fs.writeFileSync(input, file);
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'ignore' });
    return pdfText(fs.readFileSync(path.join(dir, 'document.pdf')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
