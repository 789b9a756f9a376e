import { describe, expect, it } from 'vitest';
import type { Institution, Member } from '../../../../shared/schemas/workspaces.ts';
import { groupMembers } from './member-groups.ts';

const institution = (id: string, name: string, parentId: string | null = null): Institution => ({ id, name, parentId, archivedAt: null });
const member = (id: string, name: string, institutionId: string | null): Member => ({
  id,
  userId: `user-${id}`,
  name,
  email: `${id}@example.org`,
  role: 'drafter',
  institutionId,
  joinedAt: '2026-01-01T00:00:00.000Z',
});

describe('groupMembers', () => {
  const institutions = [
    institution('interior0', 'Ministry of Interior'),
    institution('borders00', 'Border police', 'interior0'),
    institution('labour000', 'Ministry of Labour'),
    institution('foreign00', 'Ministry of Foreign Affairs'),
  ];

  it('nests departments under their ministry and counts covered ministries', () => {
    const grouping = groupMembers(
      [member('m1', 'Zé', 'borders00'), member('m2', 'Ana', 'interior0'), member('m3', 'Kofi', 'labour000')],
      institutions,
    );
    expect(grouping.ministries.map((m) => [m.institution.name, m.total])).toEqual([
      ['Ministry of Foreign Affairs', 0],
      ['Ministry of Interior', 2],
      ['Ministry of Labour', 1],
    ]);
    const interior = grouping.ministries[1];
    expect(interior?.members.map((m) => m.name)).toEqual(['Ana']);
    expect(interior?.departments[0]?.members.map((m) => m.name)).toEqual(['Zé']);
  });

  it('lists an archived institution only while members are in it', () => {
    const archived = [
      ...institutions,
      { ...institution('justice00', 'Ministry of Justice'), archivedAt: '2026-03-01T10:00:00.000Z' },
      { ...institution('customs00', 'Customs', 'interior0'), archivedAt: '2026-03-01T10:00:00.000Z' },
    ];
    const names = (grouping: ReturnType<typeof groupMembers>) =>
      grouping.ministries.flatMap((m) => [m.institution.name, ...m.departments.map((d) => d.institution.name)]);
    expect(names(groupMembers([], archived))).not.toContain('Ministry of Justice');
    expect(names(groupMembers([], archived))).not.toContain('Customs');
    expect(names(groupMembers([member('m1', 'Zé', 'justice00'), member('m2', 'Ana', 'customs00')], archived))).toEqual(
      expect.arrayContaining(['Ministry of Justice', 'Customs']),
    );
  });

  it('keeps members without a known institution visible', () => {
    const grouping = groupMembers([member('m1', 'Lina', null), member('m2', 'Omar', 'gone00000')], institutions);
    expect(grouping.unassigned.map((m) => m.name)).toEqual(['Lina', 'Omar']);
  });
});
