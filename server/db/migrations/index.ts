import { documentsMigration } from './001-documents.ts';
import { accountsMigration } from './002-accounts.ts';
import { cycleAndMatricesMigration } from './003-cycle-and-matrices.ts';
import { reviewMigration } from './004-review.ts';
import { versionsMigration } from './005-versions.ts';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many have run.
 * Never edit a released migration: append a new file and list it here.
 */
export const migrations: readonly string[] = [documentsMigration, accountsMigration, cycleAndMatricesMigration, reviewMigration, versionsMigration];
