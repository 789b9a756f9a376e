import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export type ImageFiles = ReturnType<typeof createImageFiles>;

/** What the images directory holds: a stored image, or the remains of a write cut short. */
export type ImageFileEntry = { kind: 'image'; sha256: string } | { kind: 'partial'; sha256: string; name: string };

const IMAGE_NAME = /^[0-9a-f]{64}$/;
const PARTIAL_NAME = /^([0-9a-f]{64})\.[0-9a-f]{12}\.partial$/;

/** Ignores a file that is already gone: removal is repeated by sweeps and by other instances. */
const unlinkIfThere = (file: string): Promise<void> =>
  fs.unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });

/**
 * Image bytes on disk, named by their SHA-256 (`<dir>/ab/abcdef…`): the same picture pasted in
 * ten documents is stored once, and a file never changes once written, so it can be cached
 * for good. Which document may show it is the database's business (`images` table), and so is
 * when a file may go (`image-storage.ts`).
 */
export function createImageFiles(dir: string) {
  const fileOf = (sha256: string) => path.join(dir, sha256.slice(0, 2), sha256);
  return {
    hashOf: (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex'),

    /** Stores the bytes under their hash (`hashOf`) unless a whole file of that hash is there. */
    async write(sha256: string, bytes: Uint8Array): Promise<void> {
      const file = fileOf(sha256);
      const present = await fs.stat(file).then((stat) => stat.size === bytes.byteLength, () => false);
      if (present) return;
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written aside then renamed: a reader never sees half a file, even if the server dies mid-write.
      const partial = `${file}.${randomBytes(6).toString('hex')}.partial`;
      await fs.writeFile(partial, bytes);
      await fs.rename(partial, file);
    },
    read: (sha256: string): Promise<Buffer> => fs.readFile(fileOf(sha256)),
    remove: (sha256: string): Promise<void> => unlinkIfThere(fileOf(sha256)),
    removePartial: (entry: Extract<ImageFileEntry, { kind: 'partial' }>): Promise<void> =>
      unlinkIfThere(path.join(path.dirname(fileOf(entry.sha256)), entry.name)),

    /** Every image and partial write in the directory; names it did not write are left out. */
    async list(): Promise<ImageFileEntry[]> {
      const entries: ImageFileEntry[] = [];
      const folders = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      for (const folder of folders.filter((name) => /^[0-9a-f]{2}$/.test(name))) {
        for (const name of await fs.readdir(path.join(dir, folder))) {
          const partial = PARTIAL_NAME.exec(name);
          if (IMAGE_NAME.test(name) && name.startsWith(folder)) entries.push({ kind: 'image', sha256: name });
          else if (partial?.[1]?.startsWith(folder)) entries.push({ kind: 'partial', sha256: partial[1], name });
        }
      }
      return entries;
    },
  };
}
