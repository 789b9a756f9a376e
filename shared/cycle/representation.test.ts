import { describe, expect, it } from 'vitest';
import type { Role } from '../policy/abilities.ts';
import { leadInstitutionOf, representedInstitutionIds } from './representation.ts';

const ministry = (id: string, name: string) => ({ id, name, parentId: null });
const department = (id: string, name: string, parentId: string) => ({ id, name, parentId });
const member = (role: Role, institutionId: string | null) => ({ role, institutionId });

describe('leadInstitutionOf', () => {
  const registry = [ministry('interior', 'Ministry of Interior'), department('legal-a', 'Legal affairs', 'interior'), ministry('legal-b', 'Legal Affairs')];

  it('finds the lead by name in any letters, a ministry before a department of the same name', () => {
    expect(leadInstitutionOf('  ministry of INTERIOR ', registry)?.id).toBe('interior');
    expect(leadInstitutionOf('Legal affairs', registry)?.id).toBe('legal-b');
    expect(leadInstitutionOf('Legal affairs', registry.slice(0, 2))?.id).toBe('legal-a');
  });

  it('finds nothing for an empty or unlisted lead', () => {
    expect(leadInstitutionOf('', registry)).toBeUndefined();
    expect(leadInstitutionOf('Ministry of Finance', registry)).toBeUndefined();
  });
});

describe('representedInstitutionIds', () => {
  const registry = [
    ministry('interior', 'Ministry of Interior'),
    department('borders', 'Border police', 'interior'),
    ministry('labour', 'Ministry of Labour'),
    ministry('health', 'Ministry of Health'),
    { ...ministry('old', 'Old agency'), archivedAt: '2026-01-01T00:00:00.000Z' },
  ];

  it('counts the drafters’ institutions, departments on their own, and the lead even without members', () => {
    const members = [member('drafter', 'borders'), member('chair', 'interior'), member('facilitator', 'labour'), member('drafter', null)];
    expect([...representedInstitutionIds(members, registry, 'Ministry of Health')].sort()).toEqual(['borders', 'health', 'interior', 'labour']);
  });

  it('leaves out members who do not draft, institutions no longer listed or archived, and an unlisted lead', () => {
    const members = [member('observer', 'labour'), member('expert', 'health'), member('drafter', 'gone'), member('drafter', 'old')];
    expect([...representedInstitutionIds(members, registry, 'Ministry of Finance')]).toEqual([]);
    expect([...representedInstitutionIds([], registry, 'Old agency')]).toEqual([]);
  });
});
