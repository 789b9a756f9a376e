/**
 * `npm run demo`: adds the demo workspace (Cabo Verde municipal action plan) to the instance
 * in CADRE_DATA_DIR, owned by a demo facilitator account whose sign-in is printed at the end.
 * Safe to run while the server runs: SQLite in WAL mode accepts a second writer process.
 */
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../server/auth/secrets.ts';
import { createDemoWorkspace } from '../server/demo/create-demo.ts';
import { roleSignInLines } from '../server/demo/demo-roles.ts';
import { parseEnv } from '../server/env.ts';
import { silentLogger } from '../server/logger.ts';
import { startCadreServer } from '../server/server.ts';

const env = parseEnv(process.env);
// A private instance of the server on a free port gives the script the same services and the
// same document store as the real one, without serving anyone.
const server = await startCadreServer({ ...env, port: 0, host: '127.0.0.1', logger: silentLogger });
try {
  const password = randomBytes(9).toString('base64url');
  const passwordHash = await hashPassword(password);
  const email = `facilitator-${randomBytes(3).toString('hex')}@demo.cadre.invalid`;
  const owner = await server.services.users.create(email, 'Demo facilitator', passwordHash);
  const demo = await createDemoWorkspace(server.services, owner.id, { memberPasswordHash: passwordHash });
  const lines = [
    '',
    `Demo workspace created in ${env.dataDir}: /w/${demo.workspaceId}`,
    `Draft document: /d/${demo.documentId}`,
    '',
    `Sign in as the facilitator: ${email}`,
    ...demo.members.map((m) => `         or as ${m.role.padEnd(11)} ${m.email}  (${m.name})`),
    '',
    ...roleSignInLines(demo.members),
    `Password for every demo account: ${password}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
} finally {
  await server.close();
}
