import { ImageRun, Paragraph, TextRun } from 'docx';
import { imageWidth, type ImageMediaType } from '../../shared/editor/image-rules.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { altOf, imageOf, missingText, type ExportImages } from './images.ts';

// Apart from images.ts, which the HTML and Markdown exports and public pages load at start:
// the docx library loads only with the first DOCX, ODT or PDF export.
const DOCX_TYPES: Partial<Record<ImageMediaType, 'png' | 'jpg' | 'gif'>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' };
/** Twentieths of a point per CSS pixel (96 to the inch). */
const TWIPS_PER_PIXEL = 15;

/**
 * A paragraph holding the image at its display width, fitted to the text width (`width`, in
 * twips), with its alt text as Word's description. Word files cannot hold WebP: such an image
 * is replaced by its description (and so in ODT and PDF, made from this file).
 */
export function imageDocx(node: PmNode, images: ExportImages | undefined, width: number, label: string): Paragraph {
  const image = imageOf(node, images);
  const type = image && DOCX_TYPES[image.mediaType];
  if (!image || !type) return new Paragraph({ children: [new TextRun({ text: missingText(node, label), italics: true })] });
  const shown = Math.min(imageWidth(node.attrs?.['width']) ?? image.width, Math.floor(width / TWIPS_PER_PIXEL));
  const height = Math.max(1, Math.round((shown * image.height) / image.width));
  const alt = altOf(node);
  return new Paragraph({
    keepLines: true,
    children: [new ImageRun({ type, data: image.bytes, transformation: { width: shown, height }, altText: { name: alt.slice(0, 80), description: alt, title: alt.slice(0, 80) } })],
  });
}
