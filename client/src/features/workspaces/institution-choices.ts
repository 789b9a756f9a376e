import type { Institution } from '../../../../shared/schemas/workspaces.ts';

/**
 * The institutions a picker offers: those in use, without the archived ones and the departments
 * of an archived ministry; `current`, the one already chosen, stays offered even if archived, so
 * the picker still shows it.
 */
export function offeredInstitutions(institutions: readonly Institution[], current: string | null = null): Institution[] {
  const archived = new Set(institutions.filter((i) => i.archivedAt !== null).map((i) => i.id));
  const inUse = (i: Institution) => !archived.has(i.id) && (i.parentId === null || !archived.has(i.parentId));
  return institutions.filter((i) => i.id === current || inUse(i));
}
