/**
 * Which images use a file (`sha256`) is asked at every deletion of documents and by the daily
 * sweep of image files, one hash at a time: an index keeps each answer a lookup, not a scan of
 * every image of the instance.
 */
export const imageFileIndexMigration = `
  CREATE INDEX images_sha256 ON images (sha256);
`;
