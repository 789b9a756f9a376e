import { documentsMigration } from './001-documents.ts';
import { accountsMigration } from './002-accounts.ts';
import { cycleAndMatricesMigration } from './003-cycle-and-matrices.ts';
import { reviewMigration } from './004-review.ts';
import { versionsMigration } from './005-versions.ts';
import { variantsMigration } from './006-variants.ts';
import { instanceAdministrationMigration } from './007-instance-administration.ts';
import { archiveMigration } from './008-archive.ts';
import { leadInstitutionAndStageMovesMigration } from './010-lead-institution-and-stage-moves.ts';

export type Migration = { name: string; sql: string };

/**
 * Schema migrations, applied in this order. Each is recorded by name once applied, so the
 * list can grow without renumbering. Never edit a released migration: add a new one.
 */
export const migrations: readonly Migration[] = [
  { name: '001-documents', sql: documentsMigration },
  { name: '002-accounts', sql: accountsMigration },
  { name: '003-cycle-and-matrices', sql: cycleAndMatricesMigration },
  { name: '004-review', sql: reviewMigration },
  { name: '005-versions', sql: versionsMigration },
  { name: '006-variants', sql: variantsMigration },
  { name: '007-instance-administration', sql: instanceAdministrationMigration },
  { name: '008-archive', sql: archiveMigration },
  { name: '010-lead-institution-and-stage-moves', sql: leadInstitutionAndStageMovesMigration },
];
