import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const mainScript = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../main.ts');

/** The real server as a separate OS process, so tests can kill it with SIGKILL. */
export type ServerProcess = { url: string; child: ChildProcess; exited: Promise<number | null> };

export type SpawnOptions = {
  timeoutMs?: number;
  /** Extra environment variables, e.g. limits under test. */
  env?: Record<string, string>;
  /** Extra Node.js flags, e.g. a small heap so that unbounded memory use ends the process. */
  nodeFlags?: string[];
};

export async function spawnServer(dataDir: string, options: SpawnOptions = {}): Promise<ServerProcess> {
  const { timeoutMs = 30_000 } = options;
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', mainScript], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CADRE_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Cadre is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { url, child, exited };
}
