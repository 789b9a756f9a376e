import type { ImportLimits } from './limits.ts';
import { ImportRefusal } from './refusal.ts';

export type ZipEntry = { name: string; compressedSize: number; uncompressedSize: number };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/**
 * Reads a zip's central directory without inflating anything, so a zip bomb is refused on
 * what it declares before any decompressor runs. A bomb may also lie in its directory; the
 * worker's memory limit catches that case.
 */
export function readZipDirectory(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end record is in the last 22 bytes plus a comment of at most 64 KiB.
  let end = -1;
  for (let at = zip.byteLength - 22; at >= Math.max(0, zip.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ImportRefusal('not_a_document', 'the file is not a Word document (no zip directory)');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (at === ZIP64_MARKER || at + directorySize > end) throw new ImportRefusal('unsafe_archive', 'the zip directory is out of bounds or in ZIP64 form');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_FILE_HEADER) throw new ImportRefusal('unsafe_archive', 'the zip directory is damaged');
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (compressedSize === ZIP64_MARKER || uncompressedSize === ZIP64_MARKER) throw new ImportRefusal('unsafe_archive', 'ZIP64 entries are not accepted');
    entries.push({ name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)), compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Refuses a zip whose declared contents exceed the import's bounds. */
export function checkZipBounds(entries: readonly ZipEntry[], limits: Pick<ImportLimits, 'maxEntries' | 'maxUncompressedBytes' | 'maxCompressionRatio'>): void {
  if (entries.length > limits.maxEntries) throw new ImportRefusal('unsafe_archive', `the file holds more than ${limits.maxEntries} parts`);
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    // Small parts compress well for real (runs of spaces): only large ones are judged by ratio.
    if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > entry.compressedSize * limits.maxCompressionRatio) {
      throw new ImportRefusal('unsafe_archive', `${entry.name} inflates more than ${limits.maxCompressionRatio} times: refused as a zip bomb`);
    }
  }
  if (total > limits.maxUncompressedBytes) throw new ImportRefusal('unsafe_archive', `the file inflates to more than ${limits.maxUncompressedBytes} bytes`);
}
