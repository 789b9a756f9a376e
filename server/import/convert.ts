import mammoth from 'mammoth';
import type { PmNode } from '../../shared/schemas/versions.ts';
import { prepareDocx, type DocxFacts } from './docx-parts.ts';
import { DEFAULT_IMAGE_LIMITS } from '../images/limits.ts';
import { htmlToDoc, type MappingCounts } from './html-to-doc.ts';
import { importedImageSrc } from './images.ts';
import { parseHtml } from './html-tree.ts';
import type { ImportLimits } from './limits.ts';
import { ImportRefusal } from './refusal.ts';
import { checkZipBounds, readZipDirectory } from './zip-check.ts';

/** `images`: the bytes of the file's images, which the content names by index (`images.ts`). */
export type Conversion = { doc: PmNode; counts: MappingCounts; facts: DocxFacts; warnings: number; images: Uint8Array[] };

/** Heading style names of Word's templates in English, French, Portuguese, Spanish and Arabic. */
const HEADING_NAMES = ['Heading', 'Titre', 'Título', 'عنوان'];
/** Word derives style ids from localized names without spaces or accents ("Ttulo1"). */
const HEADING_IDS = ['Heading', 'Titre', 'Ttulo', 'Titulo'];

export const STYLE_MAP: string[] = [
  'u => u',
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titre'] => h1:fresh",
  "p[style-name='Título'] => h1:fresh",
  "p[style-name='العنوان'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => [
    ...HEADING_NAMES.map((name) => `p[style-name='${name} ${level}'] => h${level}:fresh`),
    ...HEADING_IDS.map((id) => `p.${id}${level} => h${level}:fresh`),
  ]),
];

/**
 * DOCX bytes to the editor's content: bounds checked on the zip's directory, XML parts checked
 * and comment ranges marked, mammoth's HTML mapped to the schema. Runs in the import worker.
 */
export async function convertDocx(file: Uint8Array, limits: Pick<ImportLimits, 'maxEntries' | 'maxUncompressedBytes' | 'maxCompressionRatio' | 'maxElements'>): Promise<Conversion> {
  checkZipBounds(readZipDirectory(file), limits);
  const { docx, facts } = await prepareDocx(file);
  let images = 0;
  const kept: Uint8Array[] = [];
  let keptBytes = 0;
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength) },
    {
      styleMap: STYLE_MAP,
      idPrefix: '',
      externalFileAccess: false,
      // Up to what one document may hold; the rest are counted as dropped. Mammoth adds the alt text.
      convertImage: mammoth.images.imgElement(async (image) => {
        images++;
        const bytes = await image.read().catch(() => null);
        const { maxPerDocument, maxBytesPerDocument } = DEFAULT_IMAGE_LIMITS;
        if (!bytes || kept.length >= maxPerDocument || keptBytes + bytes.length > maxBytesPerDocument) return { src: '' };
        kept.push(new Uint8Array(bytes));
        keptBytes += bytes.length;
        return { src: importedImageSrc(kept.length - 1) };
      }),
    },
  ).catch((error: unknown) => {
    throw new ImportRefusal('not_a_document', `the file could not be read as a Word document: ${String(error)}`);
  });
  const { doc, counts } = htmlToDoc(parseHtml(result.value));
  if (counts.elements > limits.maxElements) throw new ImportRefusal('import_too_complex', `the document has more than ${limits.maxElements} elements`);
  return { doc, counts: { ...counts, images: Math.max(images, counts.images) }, facts, warnings: result.messages.length, images: kept };
}
