import type { Institution, Member } from '../../../../shared/schemas/workspaces.ts';

export interface DepartmentGroup {
  institution: Institution;
  members: Member[];
}

/** A ministry (top-level institution) with its own members and those of its departments. */
export interface MinistryGroup {
  institution: Institution;
  members: Member[];
  departments: DepartmentGroup[];
  /** Members in the ministry or any of its departments. */
  total: number;
}

export interface MemberGrouping {
  ministries: MinistryGroup[];
  /** Members whose institution is not recorded (or no longer exists). */
  unassigned: Member[];
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/**
 * Groups members by ministry → department so the home page shows which institutions the
 * core group covers; institutions without members stay listed, as gaps worth seeing, unless
 * they are archived (members in an archived one are still grouped under it).
 */
export function groupMembers(members: readonly Member[], institutions: readonly Institution[]): MemberGrouping {
  const known = new Map(institutions.map((i) => [i.id, i]));
  const membersOf = (id: string) => members.filter((m) => m.institutionId === id).sort(byName);
  const ministries = institutions
    .filter((i) => i.parentId === null)
    .sort(byName)
    .map((ministry): MinistryGroup => {
      const departments = institutions
        .filter((i) => i.parentId === ministry.id)
        .sort(byName)
        .map((institution) => ({ institution, members: membersOf(institution.id) }))
        .filter((department) => department.institution.archivedAt === null || department.members.length > 0);
      const own = membersOf(ministry.id);
      const total = own.length + departments.reduce((sum, d) => sum + d.members.length, 0);
      return { institution: ministry, members: own, departments, total };
    })
    .filter((ministry) => ministry.institution.archivedAt === null || ministry.total > 0);
  const unassigned = members.filter((m) => m.institutionId === null || !known.has(m.institutionId)).sort(byName);
  return { ministries, unassigned };
}
