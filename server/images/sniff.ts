import type { ImageMediaType } from '../../shared/editor/image-rules.ts';

/** What the bytes of an image say it is, read from its header alone (nothing is decoded). */
export type ImageHeader = { mediaType: ImageMediaType; width: number; height: number };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');

/** JPEG start-of-frame markers, which carry the dimensions (C4, C8 and CC are other segments). */
const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function png(view: DataView, bytes: Uint8Array): ImageHeader | null {
  // The first chunk must be IHDR (length 13): width and height follow its type.
  if (bytes.length < 24 || view.getUint32(8) !== 13 || !startsWith(bytes, ascii('IHDR'), 12)) return null;
  return { mediaType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

function gif(view: DataView, bytes: Uint8Array): ImageHeader | null {
  if (bytes.length < 10) return null;
  return { mediaType: 'image/gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
}

function jpeg(view: DataView, bytes: Uint8Array): ImageHeader | null {
  // Segments follow one another, each `FF <marker> <16-bit length>`, until a frame header.
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (JPEG_FRAMES.has(marker)) return { mediaType: 'image/jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

function webp(view: DataView, bytes: Uint8Array): ImageHeader | null {
  if (bytes.length < 30 || !startsWith(bytes, ascii('WEBP'), 8)) return null;
  const header = (width: number, height: number): ImageHeader => ({ mediaType: 'image/webp', width, height });
  const u24 = (at: number) => view.getUint16(at, true) | ((bytes[at + 2] ?? 0) << 16);
  if (startsWith(bytes, ascii('VP8X'), 12)) return header(u24(24) + 1, u24(27) + 1);
  if (startsWith(bytes, ascii('VP8L'), 12)) {
    if (bytes[20] !== 0x2f) return null;
    const bits = view.getUint32(21, true);
    return header((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (startsWith(bytes, ascii('VP8 '), 12)) {
    if (!startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) return null;
    return header(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  }
  return null;
}

/**
 * The type and dimensions of a PNG, JPEG, GIF or WebP image, from its magic number and header;
 * null for anything else (SVG, HTML, a PDF renamed .png) or a header that does not hold
 * together. The name and declared type of an upload are never consulted.
 */
export function sniffImage(bytes: Uint8Array): ImageHeader | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: ImageHeader | null = null;
  if (startsWith(bytes, PNG)) header = png(view, bytes);
  else if (startsWith(bytes, JPEG)) header = jpeg(view, bytes);
  else if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) header = gif(view, bytes);
  else if (startsWith(bytes, ascii('RIFF'))) header = webp(view, bytes);
  return header && header.width > 0 && header.height > 0 ? header : null;
}
