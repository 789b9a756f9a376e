import { hrefOf } from '../api/client.ts';
import { takeEarlyRead } from '../api/early-reads.ts';
import { documentsRoutes } from '../api/routes/documents.ts';

/**
 * The document's text as the server has it, read over HTTP by a browser that has no copy of it:
 * the app's first script asked for it beside the page's code (`main.ts`), so on a slow link it is
 * there when the editor is, two round trips before the sync socket would have brought it. Null
 * when it cannot be had (offline, refused, too many reads): the socket's sync brings it then.
 */
export async function readServerCopy(documentId: string): Promise<Uint8Array | null> {
  const url = hrefOf(documentsRoutes.content, { params: { id: documentId } });
  try {
    const response = (await takeEarlyRead(url)) ?? (await fetch(url, { credentials: 'same-origin' }));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
