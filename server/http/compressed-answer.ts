import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Context } from 'hono';
import { acceptedEncodings } from './static-client.ts';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * A binary answer made per request (a document's text), compressed as the browser accepts: on a
 * slow link a Yjs update of prose shrinks to a third or less, as the sync socket's deflate would
 * make it. Brotli at a middling quality (the strongest takes seconds on megabytes), in Node's
 * thread pool rather than on the event loop. Never cached: it is stale at the next keystroke.
 */
export async function compressedAnswer(c: Context, bytes: Uint8Array, mediaType: string): Promise<Response> {
  const accepts = acceptedEncodings(c.req.header('accept-encoding'));
  const headers: Record<string, string> = { 'content-type': mediaType, 'cache-control': 'private, no-store', vary: 'Accept-Encoding' };
  let body: Uint8Array = bytes;
  if (accepts('br')) {
    body = await brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    headers['content-encoding'] = 'br';
  } else if (accepts('gzip')) {
    body = await gzip(bytes);
    headers['content-encoding'] = 'gzip';
  }
  return c.body(new Uint8Array(body), 200, headers);
}
