import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index.ts';
import { documentText, paragraphText } from '../testing/sync-clients.ts';
import { ApiClient } from '../testing/api-client.ts';
import { freshPostgresSchema, testDatabaseUrl } from '../testing/test-database.ts';
import { seedWorkspace, startTestServer, tempDataDir } from '../testing/test-server.ts';
import { copyToPostgres } from './copy-to-postgres.ts';
import { openDatabase } from './database.ts';

describe.runIf(testDatabaseUrl)('copying an embedded instance into PostgreSQL', () => {
  it('moves every account, workspace and document: the same session opens the same text on PostgreSQL', async () => {
    const dataDir = tempDataDir();
    const pilot = await startTestServer({ dataDir, databaseUrl: undefined, databaseSchema: undefined });
    const seed = await seedWorkspace(pilot.url);
    await pilot.services.collab.change(seed.documentId, (doc) => paragraphText(doc).insert(0, 'Copied from the pilot.'));
    await seed.facilitator.call(contract.workspaces.createInstitution, { params: { id: seed.workspaceId }, body: { name: 'Ministry of Labour' } });
    await pilot.close();

    const source = await openDatabase({ dataDir, synchronous: 'normal' });
    const schema = await freshPostgresSchema(testDatabaseUrl as string);
    const target = await openDatabase({ url: testDatabaseUrl, dataDir, synchronous: 'normal', schema });
    const report = await copyToPostgres(source, target);
    expect(report.find((entry) => entry.table === 'users')?.rows).toBe(1);
    expect(report.find((entry) => entry.table === 'document_updates')?.rows).toBeGreaterThan(0);
    await expect(copyToPostgres(source, target), 'a second copy into a non-empty database').rejects.toThrow(/empty/);
    await Promise.all([source.close(), target.close()]);

    const national = await startTestServer({ databaseUrl: testDatabaseUrl, databaseSchema: schema });
    try {
      // The pilot's session cookie is valid on the national instance: sessions were copied too.
      const facilitator = new ApiClient(national.url);
      facilitator.cookie = seed.facilitator.cookie;
      const document = await facilitator.call(contract.documents.get, { params: { id: seed.documentId } });
      expect(document.title).toBe('Draft policy');
      const workspace = await facilitator.call(contract.workspaces.get, { params: { id: seed.workspaceId } });
      expect(workspace.institutions.map((i) => i.name)).toContain('Ministry of Labour');
      expect(await national.services.collab.read(seed.documentId, documentText)).toBe('Copied from the pilot.');
      // The copied log goes on: new updates follow the copied seqs.
      await national.services.collab.change(seed.documentId, (doc) => paragraphText(doc).insert(0, 'And grown. '));
      const rows = await national.services.collab.read(seed.documentId, documentText);
      expect(rows).toBe('And grown. Copied from the pilot.');
    } finally {
      await national.close();
    }
  });
});
