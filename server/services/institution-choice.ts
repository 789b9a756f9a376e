import type { InstitutionRepository } from '../db/institution-repository.ts';
import { invalidField } from '../http/errors.ts';

/**
 * Refuses an institution someone is newly put in (a member's, an invitation's), as a field issue
 * on `institutionId`: it must be in the workspace's registry and in use. An archived institution,
 * or a department of an archived ministry, is offered to nobody new, as the pickers show.
 */
export async function assertOfferedInstitution(
  institutions: Pick<InstitutionRepository, 'find'>,
  workspaceId: string,
  institutionId: string,
): Promise<void> {
  const institution = await institutions.find(workspaceId, institutionId);
  if (!institution) throw invalidField('institutionId', 'notFound', 'no such institution in this workspace');
  const ministry = institution.parentId === null ? undefined : await institutions.find(workspaceId, institution.parentId);
  if (institution.archivedAt !== null || (ministry && ministry.archivedAt !== null)) {
    throw invalidField('institutionId', 'archived', 'this institution is archived: restore it first');
  }
}
