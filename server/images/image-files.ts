import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export type ImageFiles = ReturnType<typeof createImageFiles>;

/**
 * Image bytes on disk, named by their SHA-256 (`<dir>/ab/abcdef…`): the same picture pasted in
 * ten documents is stored once, and a file never changes once written, so it can be cached
 * for good. Which document may show it is the database's business (`images` table).
 */
export function createImageFiles(dir: string) {
  const fileOf = (sha256: string) => path.join(dir, sha256.slice(0, 2), sha256);
  return {
    /** Stores the bytes unless a file of the same hash is there; answers the hash. */
    async write(bytes: Uint8Array): Promise<string> {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const file = fileOf(sha256);
      const present = await fs.stat(file).then((stat) => stat.size === bytes.byteLength, () => false);
      if (present) return sha256;
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Written aside then renamed: a reader never sees half a file, even if the server dies mid-write.
      const partial = `${file}.${randomBytes(6).toString('hex')}.partial`;
      await fs.writeFile(partial, bytes);
      await fs.rename(partial, file);
      return sha256;
    },
    read: (sha256: string): Promise<Buffer> => fs.readFile(fileOf(sha256)),
  };
}
