/**
 * The reference y-websocket@1.5.4 server (its bundled bin/utils.js), persistence disabled:
 * YPERSISTENCE is never set, so documents live only in memory. We wrap it instead of running
 * bin/server.js so it listens on PORT like the others and gets the same preload.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { WebSocketServer, type WebSocket } from 'ws';
import type { IncomingMessage } from 'node:http';

interface RefUtils {
  setupWSConnection: (conn: WebSocket, req: IncomingMessage, opts: { docName: string; gc: boolean }) => void;
}

const require = createRequire(import.meta.url);
delete process.env.YPERSISTENCE;
const utils = require('y-websocket-v1/bin/utils') as RefUtils;

const port = Number(process.env.PORT ?? 1234);
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('ok');
});
const wss = new WebSocketServer({ server });
wss.on('connection', (conn, req) => {
  // Same room naming as the stock bin/server.js: the URL path without the leading slash.
  const docName = (req.url ?? '/').slice(1).split('?')[0] ?? '';
  utils.setupWSConnection(conn, req, { docName, gc: true });
});
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
