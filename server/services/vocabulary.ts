import type { User } from '../../shared/schemas/auth.ts';
import { fieldIssue, type FieldIssues } from '../../shared/schemas/field-issues.ts';
import { keysOf, vocabularyOf, type Vocabulary, type VocabularyList } from '../../shared/vocabulary/presets.ts';
import type { VocabularyRepository } from '../db/vocabulary-repository.ts';
import { HttpError, notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';

export type VocabularyService = ReturnType<typeof createVocabularyService>;

/**
 * Refuses values that are not keys of the vocabulary's `list`, each named at `pathOf(index)`.
 * Values already stored (`kept`) stay valid after their entry was removed from the list, so an
 * item chosen under an earlier vocabulary remains editable.
 */
export function checkVocabularyKeys(
  vocabulary: Vocabulary,
  list: VocabularyList,
  values: readonly string[],
  pathOf: (index: number) => string,
  kept: readonly string[] = [],
): void {
  const allowed = keysOf(vocabulary, list);
  const fields: FieldIssues = {};
  values.forEach((value, index) => {
    if (!allowed.has(value) && !kept.includes(value)) {
      fields[pathOf(index)] = [fieldIssue('notFound', 'not one of this workspace’s choices')];
    }
  });
  if (Object.keys(fields).length > 0) throw new HttpError(400, 'invalid_request', 'invalid request body', fields);
}

/** The vocabulary a workspace uses now. */
export const currentVocabulary = async (vocabularies: VocabularyRepository, workspaceId: string): Promise<Vocabulary> =>
  vocabularyOf(await vocabularies.find(workspaceId));

/**
 * A workspace's policy-area vocabulary: everyone reads it (the lists of the forms and their
 * labels); facilitators and the chair (`manageWorkspace`, as for the other settings) change the
 * preset and edit the lists. Members' screens reload it on the workspace's live event.
 */
export function createVocabularyService({ policy, vocabularies, workspaces, events, activity }: Pick<Infrastructure, 'policy' | 'vocabularies' | 'workspaces' | 'events' | 'activity'>) {
  return {
    async get(actor: User, workspaceId: string): Promise<Vocabulary> {
      await policy.authorize(actor.id, workspaceId, 'read');
      return currentVocabulary(vocabularies, workspaceId);
    },

    async update(actor: User, workspaceId: string, vocabulary: Vocabulary): Promise<Vocabulary> {
      await policy.authorize(actor.id, workspaceId, 'manageWorkspace');
      const workspace = await workspaces.find(workspaceId);
      if (!workspace) throw notFound('workspace');
      await vocabularies.save(workspaceId, vocabulary, actor.id);
      await activity.record({ workspaceId, actorId: actor.id, action: 'workspace.vocabulary.updated', subjectId: workspaceId, summary: vocabulary.preset });
      // Screens that list areas or evidence types reload on the workspace's event.
      events.publish(workspaceId, { resource: 'workspace', action: 'updated', id: workspaceId, item: workspace, actorId: actor.id });
      return vocabulary;
    },
  };
}
