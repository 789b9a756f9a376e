import { agreedTermsIn } from '../../shared/glossary/agreement.ts';
import type { User } from '../../shared/schemas/auth.ts';
import type { AgreedTerms } from '../../shared/schemas/glossary.ts';
import type { WorkingLanguage } from '../../shared/i18n/working-languages.ts';
import type { MatrixItem } from '../../shared/schemas/matrices/index.ts';
import { notFound } from '../http/errors.ts';
import type { Infrastructure } from '../services.ts';

export type GlossaryService = ReturnType<typeof createGlossaryService>;

/**
 * The glossary's agreement: editors propose and reword terms through the matrix routes (a
 * reworded agreed term goes back to proposed, `matrix-items.ts`); the chair agrees them here,
 * which records who agreed and when. The editor reads the agreed terms of a language to mark them.
 */
export function createGlossaryService({ policy, matrixItems, workspaces, activity }: Pick<Infrastructure, 'policy' | 'matrixItems' | 'workspaces' | 'activity'>) {
  return {
    /** Agrees the term as it was at `version`; agreeing an agreed term changes nothing. */
    async agree(actor: User, workspaceId: string, itemId: string, version: number): Promise<MatrixItem> {
      await policy.authorize(actor.id, workspaceId, 'agreeTerm');
      const current = await matrixItems.get(workspaceId, 'glossary', itemId);
      if (current.data['status'] === 'agreed' && current.version === version) return current;
      const item = await matrixItems.setManaged(
        workspaceId,
        'glossary',
        itemId,
        version,
        { status: 'agreed', agreedBy: { id: actor.id, name: actor.name }, agreedAt: new Date().toISOString() },
        actor.id,
      );
      await activity.record({
        workspaceId,
        actorId: actor.id,
        action: 'matrix.glossary.agreed',
        subjectId: item.id,
        summary: String(item.data['term'] ?? '').slice(0, 200),
      });
      return item;
    },

    /** The agreed terms as written in `language` (else the workspace's), for the editor's marks (read). */
    async agreedTerms(actor: User, workspaceId: string, language: WorkingLanguage | undefined): Promise<AgreedTerms> {
      await policy.authorize(actor.id, workspaceId, 'read');
      const workspace = await workspaces.find(workspaceId);
      if (!workspace) throw notFound('workspace');
      const items = await matrixItems.list(workspaceId, 'glossary');
      const wanted = language ?? workspace.language;
      return { language: wanted, terms: agreedTermsIn(items, wanted, workspace.language) };
    },
  };
}
