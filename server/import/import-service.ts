import path from 'node:path';
import { IMPORT_EXTENSIONS, type ImportedDocument } from '../../shared/schemas/import.ts';
import type { User } from '../../shared/schemas/auth.ts';
import { HttpError } from '../http/errors.ts';
import type { ImageService } from '../images/image-service.ts';
import type { Infrastructure } from '../services.ts';
import type { DocumentService } from '../services/documents.ts';
import type { ReviewService } from '../services/review.ts';
import { takeCommentAnchors, type CommentAnchor } from './comment-anchors.ts';
import type { Conversion } from './convert.ts';
import type { WordComment } from './docx-parts.ts';
import { storeImportedImages, withStoredImages } from './images.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits.ts';
import { convertWithLibreOffice } from './office.ts';
import { IMPORT_REFUSALS, ImportRefusal } from './refusal.ts';
import { importReport } from './report.ts';
import { convertInWorker } from './run-worker.ts';

export type ImportService = ReturnType<typeof createImportService>;
type Extension = (typeof IMPORT_EXTENSIONS)[number];

const MAX_THREAD_BODY = 10_000;

/**
 * Import of an existing draft: the file is converted off the event loop (a worker with time
 * and memory limits, LibreOffice first for .odt and .doc), then the document is created with
 * the same rights and path as a new one, its comments become review threads by the importing
 * user. Nothing is created unless all of it succeeds.
 */
export function createImportService(
  infrastructure: Pick<Infrastructure, 'documents' | 'collab' | 'policy' | 'events' | 'bus' | 'programs' | 'imageStorage'>,
  documentService: Pick<DocumentService, 'get'>,
  reviewService: Pick<ReviewService, 'createThread'>,
  imageService: Pick<ImageService, 'store'>,
  overrides: Partial<ImportLimits> = {},
) {
  const { documents, collab, policy, events, bus, programs, imageStorage } = infrastructure;
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...overrides };
  let running = 0;

  const refuse = (error: ImportRefusal) => new HttpError(IMPORT_REFUSALS[error.code], error.code, error.message);

  /** Refuses before the upload is read when this instance already converts its share. */
  function checkCapacity(): void {
    if (running >= limits.maxRunning) throw new HttpError(503, 'import_busy', 'other imports are running: try again in a few seconds', undefined, 5);
  }

  async function convert(file: File, extension: Extension): Promise<Conversion> {
    checkCapacity();
    running++;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const docx = extension === 'docx' ? bytes : await convertWithLibreOffice(programs.libreOffice, bytes, extension, limits.officeTimeoutMs);
      return await convertInWorker(docx, limits);
    } catch (error) {
      throw error instanceof ImportRefusal ? refuse(error) : error;
    } finally {
      running--;
    }
  }

  /** Each comment whose anchor was found, as a thread quoting its original author. */
  async function makeThreads(actor: User, documentId: string, comments: WordComment[], anchors: Map<string, CommentAnchor>): Promise<string[]> {
    const ids: string[] = [];
    for (const comment of comments.slice(0, limits.maxComments)) {
      const anchored = anchors.get(comment.id);
      if (!anchored) continue;
      // A comment's text is not the importer's: it must not mention members by id.
      const text = (comment.text || '…').replaceAll('@[', '@ [');
      const body = (comment.author ? `${comment.author}: ${text}` : text).slice(0, MAX_THREAD_BODY);
      const thread = await reviewService.createThread(actor, documentId, { kind: 'comment', anchor: anchored.anchor, quote: anchored.quote.slice(0, 10_000), body });
      ids.push(thread.id);
    }
    return ids;
  }

  return {
    checkCapacity,
    limits,

    async importDocument(actor: User, workspaceId: string, file: File, title?: string): Promise<ImportedDocument> {
      await policy.authorize(actor.id, workspaceId, 'edit');
      const extension = path.extname(file.name).slice(1).toLowerCase();
      if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
        throw new HttpError(422, 'unsupported_format', 'import a .docx, .odt or .doc file');
      }
      if (file.size > limits.maxFileBytes) throw new HttpError(413, 'file_too_large', `the file is larger than ${limits.maxFileBytes} bytes`);
      const conversion = await convert(file, extension as Extension);
      const name = (title ?? path.basename(file.name, path.extname(file.name)).trim()).slice(0, 200) || 'Imported document';
      const document = await documents.create(workspaceId, name);
      try {
        // Stored through the same checks as an upload: what a browser could not show safely stays out.
        const imageUrls = await storeImportedImages(conversion.images, (bytes) => imageService.store(actor.id, document.id, bytes));
        const { replaceDocContent } = await import('../versions/doc-replace.ts');
        const anchors = await collab.change(
          document.id,
          (doc) => {
            replaceDocContent(doc, withStoredImages(conversion.doc, imageUrls));
            return takeCommentAnchors(doc);
          },
          'import',
        );
        const threadIds = await makeThreads(actor, document.id, conversion.facts.comments, anchors);
        events.publish(workspaceId, { resource: 'documents', action: 'created', id: document.id, item: document, actorId: actor.id });
        return { document: await documentService.get(actor, document.id), threadIds, report: importReport(conversion, extension as Extension, threadIds.length, imageUrls.size) };
      } catch (error) {
        // Nothing half-imported stays: the document goes with its text, threads and pictures.
        const files = await imageStorage.filesOf([document.id]);
        await documents.remove(document.id);
        await imageStorage.release(files);
        bus.emit({ type: 'documents.deleted', documentIds: [document.id] });
        throw error;
      }
    },
  };
}
