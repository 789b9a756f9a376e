import type { Kysely, Selectable } from 'kysely';
import type { ImageMediaType } from '../../shared/editor/image-rules.ts';
import { newId } from './document-repository.ts';
import type { ImagesTable, Schema } from './schema.ts';

export type ImageRecord = {
  id: string;
  documentId: string;
  sha256: string;
  mediaType: ImageMediaType;
  bytes: number;
  width: number;
  height: number;
};

const toRecord = (row: Selectable<ImagesTable>): ImageRecord => ({
  id: row.id,
  documentId: row.document_id,
  sha256: row.sha256,
  mediaType: row.media_type as ImageMediaType,
  bytes: Number(row.byte_size),
  width: Number(row.width),
  height: Number(row.height),
});

export type ImageRepository = ReturnType<typeof createImageRepository>;

export function createImageRepository(db: Kysely<Schema>) {
  return {
    async create(image: Omit<ImageRecord, 'id'>, uploadedBy: string): Promise<ImageRecord> {
      const id = newId();
      await db
        .insertInto('images')
        .values({
          id,
          document_id: image.documentId,
          sha256: image.sha256,
          media_type: image.mediaType,
          byte_size: image.bytes,
          width: image.width,
          height: image.height,
          uploaded_by: uploadedBy,
          created_at: new Date().toISOString(),
        })
        .execute();
      return { id, ...image };
    },
    async find(id: string): Promise<ImageRecord | undefined> {
      const row = await db.selectFrom('images').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    /** Those of `ids` that belong to the document; an id of another document is left out. */
    async listOfDocument(documentId: string, ids: readonly string[]): Promise<ImageRecord[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('images').selectAll().where('document_id', '=', documentId).where('id', 'in', ids).execute();
      return rows.map(toRecord);
    },
    /** The files the documents' images use (a file may be shared with other documents). */
    async hashesOfDocuments(documentIds: readonly string[]): Promise<string[]> {
      if (documentIds.length === 0) return [];
      const rows = await db.selectFrom('images').select('sha256').distinct().where('document_id', 'in', documentIds).execute();
      return rows.map((row) => row.sha256);
    },
    /** Those of `hashes` that some image still uses, hence whose file must stay. */
    async hashesInUse(hashes: readonly string[]): Promise<Set<string>> {
      if (hashes.length === 0) return new Set();
      const rows = await db.selectFrom('images').select('sha256').distinct().where('sha256', 'in', hashes).execute();
      return new Set(rows.map((row) => row.sha256));
    },
    /** How many images the document holds and their bytes, for its quota. */
    async usage(documentId: string): Promise<{ count: number; bytes: number }> {
      const row = await db
        .selectFrom('images')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.coalesce(eb.fn.sum<number>('byte_size'), eb.lit(0)).as('bytes')])
        .where('document_id', '=', documentId)
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), bytes: Number(row.bytes) };
    },
  };
}
