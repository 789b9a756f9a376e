import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../../shared/policy/abilities.ts';
import { SESSION_COOKIE } from '../auth/middleware.ts';
import { parseEnv } from '../env.ts';
import { silentLogger } from '../logger.ts';
import { startCadreServer, type CadreServer, type CadreServerOptions } from '../server.ts';
import { ApiClient, signUp } from './api-client.ts';
import { contract } from '../../shared/api/index.ts';
import { freshPostgresSchema, testDatabaseUrl } from './test-database.ts';

export const tempDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'cadre-test-'));

/**
 * Starts a real server on a free port with a fresh store: a SQLite data directory, or a fresh
 * schema of the PostgreSQL test database when `CADRE_TEST_DATABASE_URL` is set.
 */
export async function startTestServer(overrides: Partial<CadreServerOptions> = {}) {
  const postgres = testDatabaseUrl
    ? { databaseUrl: testDatabaseUrl, databaseSchema: await freshPostgresSchema(testDatabaseUrl), databasePoolSize: 4 }
    : {};
  return startCadreServer({
    // The environment's defaults, then what tests need: a free port, a fresh data directory.
    ...parseEnv({}),
    port: 0,
    host: '127.0.0.1',
    dataDir: tempDataDir(),
    maxMessageBytes: 1024 * 1024,
    // Port 0: the origin follows the port the server picks, as `server.url` does.
    publicOrigin: 'http://localhost:0',
    sessionIdleMs: 3600_000,
    mailFrom: 'Cadre <test@localhost>',
    logger: silentLogger,
    sync: { unloadDelayMs: 0 },
    ...postgres,
    ...overrides,
  });
}

/** A facilitator with a workspace and one document in it, all created through the API. */
export async function seedWorkspace(baseUrl: string) {
  const facilitator = await signUp(baseUrl, 'Fatou Facilitator');
  const workspace = await facilitator.call(contract.workspaces.create, { body: { title: 'Migration policy' } });
  const document = await facilitator.call(contract.documents.create, { params: { id: workspace.id }, body: {
    title: 'Draft policy',
  } });
  return { facilitator, workspaceId: workspace.id, documentId: document.id };
}

/**
 * A member with `role` in a workspace, created directly in the store (the invitation flow has
 * its own tests); returns a signed-in client for them.
 */
export async function addMember(server: CadreServer, workspaceId: string, role: Role, name = `A ${role}`) {
  const { users, members, sessions } = server.services;
  const user = await users.create(`${role}-${Math.random().toString(36).slice(2)}@example.org`, name, 'unusable');
  const memberId = await members.add(workspaceId, user.id, role, null);
  const client = new ApiClient(server.url);
  client.cookie = `${SESSION_COOKIE}=${(await sessions.create(user.id)).token}`;
  return { client, user, memberId };
}

/** Polls `condition` until it holds or the deadline passes; tests never sleep for a fixed time. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
