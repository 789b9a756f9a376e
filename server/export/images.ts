import { imageIdOfSrc, imageWidth, MAX_IMAGE_ALT, type ImageMediaType } from '../../shared/editor/image-rules.ts';
import type { PmNode } from '../../shared/schemas/versions.ts';
import type { ImageRepository } from '../db/image-repository.ts';
import type { ImageFiles } from '../images/image-files.ts';
import { escapeHtml } from './escape.ts';

/** An image the export embeds: its bytes and what its header said, by image id. */
export type ExportImage = { mediaType: ImageMediaType; bytes: Buffer; width: number; height: number };
export type ExportImages = ReadonlyMap<string, ExportImage>;

/** The image node as the sanitizer keeps it: a src naming a stored image, an alt text, a width or null. */
export function sanitizeImage(node: PmNode): PmNode[] {
  const src = node.attrs?.['src'];
  if (imageIdOfSrc(src) === null) return [];
  const alt = typeof node.attrs?.['alt'] === 'string' ? node.attrs['alt'].slice(0, MAX_IMAGE_ALT) : '';
  return [{ type: 'image', attrs: { src, alt, width: imageWidth(node.attrs?.['width']) } }];
}

/** The image ids a (sanitized) content names, in order. */
export function imageIdsOf(content: PmNode): string[] {
  const ids: string[] = [];
  const visit = (node: PmNode) => {
    const id = node.type === 'image' ? imageIdOfSrc(node.attrs?.['src']) : null;
    if (id) ids.push(id);
    for (const child of node.content ?? []) visit(child);
  };
  visit(content);
  return ids;
}

/**
 * The images an export embeds: only the document's own (an id of another document's image,
 * pasted in by someone who could read it, shows nothing of it here). Bounded by the
 * document's image quota (`server/images/limits.ts`).
 */
export async function loadExportImages(
  sources: { images: ImageRepository; imageFiles: ImageFiles },
  documentId: string,
  content: PmNode,
): Promise<ExportImages> {
  const found = await sources.images.listOfDocument(documentId, [...new Set(imageIdsOf(content))]);
  const loaded = await Promise.all(
    found.map(async (image) => [image.id, { mediaType: image.mediaType, bytes: await sources.imageFiles.read(image.sha256), width: image.width, height: image.height }] as const),
  );
  return new Map(loaded);
}

export const imageOf = (node: PmNode, images: ExportImages | undefined) => {
  const id = imageIdOfSrc(node.attrs?.['src']);
  return id ? images?.get(id) : undefined;
};
export const altOf = (node: PmNode): string => (typeof node.attrs?.['alt'] === 'string' ? node.attrs['alt'] : '');
const dataUri = (image: ExportImage): string => `data:${image.mediaType};base64,${image.bytes.toString('base64')}`;

/** Shown where an image cannot be: its description, so the reader knows what is missing. */
export const missingText = (node: PmNode, label: string): string => `[${label}${altOf(node) ? `: ${altOf(node)}` : ''}]`;

/** Embedded as a data: URI, so the HTML file stands alone (it forbids loading anything else). */
export function imageHtml(node: PmNode, images: ExportImages | undefined, label: string): string {
  const image = imageOf(node, images);
  if (!image) return `<p class="missing-image">${escapeHtml(missingText(node, label))}</p>`;
  const width = imageWidth(node.attrs?.['width']);
  return `<figure class="image"><img src="${dataUri(image)}" alt="${escapeHtml(altOf(node))}"${width ? ` width="${width}"` : ''}></figure>`;
}

/**
 * Embedded as a data: URI too: a Markdown export is a file sent on, and a link to
 * `/api/images/…` would need a Cadre session to open, which its recipients do not have.
 */
export function imageMarkdown(node: PmNode, images: ExportImages | undefined, label: string, escape: (text: string) => string): string {
  const image = imageOf(node, images);
  if (!image) return escape(missingText(node, label));
  return `![${escape(altOf(node))}](${dataUri(image)})`;
}
