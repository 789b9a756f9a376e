import { can, type Role } from '../policy/abilities.ts';

/** What representation looks at in a registry row; an archived institution is no longer in use. */
type RegistryRow = { id: string; name: string; parentId: string | null; archivedAt?: string | null };

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The registry's row for the workspace's lead institution, which the workspace names in its
 * settings (`leadInstitution`). Matched by name at any level, since a lead may be a department;
 * a ministry or agency first when a department elsewhere has the same name.
 */
export function leadInstitutionOf<I extends RegistryRow>(leadInstitution: string, institutions: readonly I[]): I | undefined {
  if (leadInstitution.trim() === '') return undefined;
  const named = institutions.filter((institution) => sameName(institution.name, leadInstitution));
  return named.find((institution) => institution.parentId === null) ?? named[0];
}

/**
 * The institutions the core group represents: those of the members who draft (the ability
 * table says who), and the lead institution, which the workspace represents by definition (its
 * chair speaks for it). The stage 1 exit criterion and the members panel both count these, so
 * they always agree. Departments count on their own: a core group spans divisions too.
 */
export function representedInstitutionIds(
  members: ReadonlyArray<{ role: Role; institutionId: string | null }>,
  institutions: readonly RegistryRow[],
  leadInstitution: string,
): Set<string> {
  const inUse = new Set(institutions.filter((institution) => !institution.archivedAt).map((institution) => institution.id));
  const represented = new Set<string>();
  for (const member of members) {
    if (member.institutionId && inUse.has(member.institutionId) && can(member.role, 'edit')) represented.add(member.institutionId);
  }
  const lead = leadInstitutionOf(leadInstitution, institutions);
  if (lead && inUse.has(lead.id)) represented.add(lead.id);
  return represented;
}
