import { documentIdSchema } from '../../../../shared/schemas/documents.ts';

export type Route = { name: 'list' } | { name: 'document'; id: string } | { name: 'notFound' };

/** `/` is the document list, `/d/<id>` a document; everything else is a 404 page. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'list' };
  const match = /^\/d\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) {
    const id = decodeURIComponent(match[1]);
    if (documentIdSchema.safeParse(id).success) return { name: 'document', id };
  }
  return { name: 'notFound' };
}

export function documentPath(id: string): string {
  return `/d/${encodeURIComponent(id)}`;
}
