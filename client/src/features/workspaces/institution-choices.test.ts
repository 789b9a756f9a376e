import { describe, expect, it } from 'vitest';
import type { Institution } from '../../../../shared/schemas/workspaces.ts';
import { offeredInstitutions } from './institution-choices.ts';

const institution = (id: string, parentId: string | null = null, archived = false): Institution => ({
  id,
  name: id,
  parentId,
  archivedAt: archived ? '2026-03-01T10:00:00.000Z' : null,
});

describe('offeredInstitutions', () => {
  const institutions = [
    institution('interior0'),
    institution('borders00', 'interior0'),
    institution('labour000', null, true),
    institution('inspect00', 'labour000'),
    institution('archived0', 'interior0', true),
  ];

  it('leaves out archived institutions and the departments of an archived ministry', () => {
    expect(offeredInstitutions(institutions).map((i) => i.id)).toEqual(['interior0', 'borders00']);
  });

  it('keeps offering the one already chosen, archived or not', () => {
    expect(offeredInstitutions(institutions, 'inspect00').map((i) => i.id)).toEqual(['interior0', 'borders00', 'inspect00']);
  });
});
