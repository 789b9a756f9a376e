import { documentsMigration } from './001-documents.ts';
import { accountsMigration } from './002-accounts.ts';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run.
 * Never edit a released migration: append a new file and list it here.
 */
export const migrations: readonly string[] = [documentsMigration, accountsMigration];
