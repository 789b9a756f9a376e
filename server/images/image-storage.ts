import type { ImageRepository } from '../db/image-repository.ts';
import type { Locks } from '../db/locks.ts';
import type { Logger } from '../logger.ts';
import type { ImageFiles } from './image-files.ts';

export type ImageStorage = ReturnType<typeof createImageStorage>;

/** Hashes looked up in one query by the sweep. */
const SWEEP_BATCH = 500;

const imageKey = (sha256: string): string => `image:${sha256}`;

/**
 * When image files are written and deleted. A file is named by its hash and may be shared by
 * images of several documents, so it goes only when no image row names it any more. Writing a
 * file with its row, and checking for rows then deleting the file, hold the hash's lock (across
 * instances, which share the directory): an upload of the same picture can never find the file
 * present, then lose it to a deletion before its row is written.
 *
 * Rows go with their documents (ON DELETE CASCADE), in the deleting transaction; files follow
 * once it is committed. A crash between the two, or a failed upload, leaves a file no row names:
 * `sweep()` removes those, at start-up and daily.
 */
export function createImageStorage(deps: { images: ImageRepository; imageFiles: ImageFiles; locks: Locks; logger: Logger }) {
  const { images, imageFiles: files, locks, logger } = deps;

  /** Deletes the files of `hashes` that no image uses; answers how many went. */
  async function removeUnused(hashes: readonly string[]): Promise<number> {
    let removed = 0;
    for (const sha256 of hashes) {
      await locks.exclusive(imageKey(sha256), async () => {
        if ((await images.hashesInUse([sha256])).size > 0) return;
        await files.remove(sha256);
        removed++;
      });
    }
    return removed;
  }

  return {
    /** Writes the file (unless there) and runs `record`, which writes the image's row, under the hash's lock. */
    keep<T>(bytes: Uint8Array, record: (sha256: string) => Promise<T>): Promise<T> {
      const sha256 = files.hashOf(bytes);
      return locks.exclusive(imageKey(sha256), async () => {
        await files.write(sha256, bytes);
        return record(sha256);
      });
    },

    /** The files of the documents' images: read before deleting them, `release`d once that is committed. */
    filesOf: (documentIds: readonly string[]): Promise<string[]> => images.hashesOfDocuments(documentIds),

    /**
     * Deletes those of `hashes` that no image uses any more. Called outside any other lock (each
     * file's is taken alone, so lock connections are never held while waiting for another). The
     * deletion of the documents stands: a file that cannot go now is logged and left to the sweep.
     */
    async release(hashes: readonly string[]): Promise<void> {
      await removeUnused(hashes).catch((error: unknown) => logger.warn('images.release.failed', { files: hashes.length, message: String(error) }));
    },

    /** Deletes the files no image names and the remains of interrupted writes; answers the counts. */
    async sweep(): Promise<{ images: number; partials: number }> {
      const entries = await files.list();
      let partials = 0;
      // Writes happen under the hash's lock: holding it, a partial file is one cut short.
      for (const entry of entries) {
        if (entry.kind !== 'partial') continue;
        await locks.exclusive(imageKey(entry.sha256), () => files.removePartial(entry));
        partials++;
      }
      const stored = entries.filter((entry) => entry.kind === 'image').map((entry) => entry.sha256);
      let removed = 0;
      for (let start = 0; start < stored.length; start += SWEEP_BATCH) {
        const batch = stored.slice(start, start + SWEEP_BATCH);
        const inUse = await images.hashesInUse(batch);
        removed += await removeUnused(batch.filter((sha256) => !inUse.has(sha256)));
      }
      if (removed + partials > 0) logger.info('images.swept', { images: removed, partials });
      return { images: removed, partials };
    },
  };
}
