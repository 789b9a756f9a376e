import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { productionCommand } from './production-command.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function withStartScript(start: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-start-'));
  folders.push(folder);
  const file = path.join(folder, 'package.json');
  fs.writeFileSync(file, JSON.stringify({ scripts: { start } }));
  return file;
}

describe('the production command, read from the start script', () => {
  it('gives the environment and Node flags the server runs with', () => {
    const file = withStartScript('npm run build && MALLOC_ARENA_MAX=2 FOO=a.b node --max-semi-space-size=4 --no-warnings dist/server/main.js');
    expect(productionCommand(file)).toEqual({ env: { MALLOC_ARENA_MAX: '2', FOO: 'a.b' }, nodeFlags: ['--max-semi-space-size=4', '--no-warnings'] });
  });

  it('reads the repository’s own start script', () => {
    const { env, nodeFlags } = productionCommand();
    expect(env).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(nodeFlags).toContain('--max-semi-space-size=4');
  });

  it('refuses a start script that does not run the bundle', () => {
    expect(() => productionCommand(withStartScript('node --import tsx server/main.ts'))).toThrow(/should end with/);
  });
});
