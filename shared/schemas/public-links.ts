import { z } from 'zod';

/** A read-only link to a validated version, as listed: never its address (only a hash is kept). */
export const publicLinkSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type PublicLink = z.infer<typeof publicLinkSchema>;
export const publicLinkListSchema = z.object({ links: z.array(publicLinkSchema) });

/** A link just published: its address is shown this once, since the server keeps only a hash of the token. */
export const publishedLinkSchema = publicLinkSchema.extend({ url: z.string() });
export type PublishedLink = z.infer<typeof publishedLinkSchema>;
