import { spawnSync } from 'node:child_process';
import { renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUpdateStore } from '../collab/update-store.ts';
import { documentText, paragraphText } from '../testing/sync-clients.ts';
import { seedWorkspace, startTestServer, tempDataDir } from '../testing/test-server.ts';
import { openDatabase } from './database.ts';

const repository = path.resolve(import.meta.dirname, '../..');
/** Runs a command on the embedded store, whatever this process's environment names. */
function runScript(script: string, args: string[], env: Record<string, string>) {
  const { CADRE_DATABASE_URL: _database, CADRE_REDIS_URL: _redis, ...inherited } = process.env;
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(repository, 'scripts', script), ...args], {
    cwd: repository,
    env: { ...inherited, ...env },
    encoding: 'utf8',
  });
}

describe('the embedded store’s commands', () => {
  it('backs up a running instance into a copy that opens with every document', async () => {
    const dataDir = tempDataDir();
    const server = await startTestServer({ dataDir, databaseUrl: undefined, databaseSchema: undefined });
    try {
      const seed = await seedWorkspace(server.url);
      await server.services.collab.change(seed.documentId, (doc) => paragraphText(doc).insert(0, 'Backed up while running.'));
      const destination = path.join(tempDataDir(), 'backup.sqlite');
      const backup = runScript('backup.ts', [destination], { CADRE_DATA_DIR: dataDir });
      expect(backup.status, backup.stderr).toBe(0);

      // The backup is a whole data directory's database: open it as one.
      const restoredDir = path.dirname(destination);
      renameSync(destination, path.join(restoredDir, 'cadre.sqlite'));
      const restored = await openDatabase({ dataDir: restoredDir, synchronous: 'normal' });
      const doc = new Y.Doc();
      for (const row of await createUpdateStore(restored).load(seed.documentId)) Y.applyUpdate(doc, row.data);
      expect(documentText(doc)).toBe('Backed up while running.');
      await restored.close();
    } finally {
      await server.close();
    }
  });

  it('migrates the configured store and says which', () => {
    const dataDir = tempDataDir();
    const migrate = runScript('migrate.ts', [], { CADRE_DATA_DIR: dataDir });
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/SQLite in .*: \d+ migrations applied/);
  });

  it('refuses to back up without a destination, or when the store is PostgreSQL', () => {
    expect(runScript('backup.ts', [], {}).status).toBe(2);
    expect(runScript('backup.ts', ['/tmp/x.sqlite'], { CADRE_DATABASE_URL: 'postgres://nobody@127.0.0.1/none' }).stderr).toMatch(/pg_dump/);
  });
});
