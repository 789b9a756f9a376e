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
  /** How many ministries have at least one member: the core group's coverage. */
  coveredMinistries: number;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);

/**
 * Groups members by ministry → department so the home page shows which institutions the
 * core group covers; institutions without members stay listed, as gaps worth seeing.
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
        .map((institution) => ({ institution, members: membersOf(institution.id) }));
      const own = membersOf(ministry.id);
      const total = own.length + departments.reduce((sum, d) => sum + d.members.length, 0);
      return { institution: ministry, members: own, departments, total };
    });
  const unassigned = members.filter((m) => m.institutionId === null || !known.has(m.institutionId)).sort(byName);
  return { ministries, unassigned, coveredMinistries: ministries.filter((m) => m.total > 0).length };
}
