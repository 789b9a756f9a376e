/**
 * `npm run dev`: the API and sync server (restarted on change) plus Vite's dev server with hot
 * reload, which proxies /api and /collab to the former. Stopping this stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const apiPort = process.env.PORT ?? '8080';
// The browser talks to Vite's server, which proxies to the API: that is the public origin, the
// only one the API accepts and the one its links point at.
const publicOrigin = process.env.CADRE_PUBLIC_ORIGIN ?? 'http://localhost:5173';
const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort, CADRE_PUBLIC_ORIGIN: publicOrigin },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], {
    stdio: 'inherit',
    env: { ...process.env, CADRE_DEV_API: `http://localhost:${apiPort}` },
  }),
];

function stopAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
for (const child of children) child.on('exit', (code) => {
  stopAll();
  process.exitCode = code ?? 0;
});
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
