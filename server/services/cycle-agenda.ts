import { matrixItemTitle, type MatrixItem } from '../../shared/schemas/matrices/index.ts';
import type { CycleStatus } from '../../shared/schemas/cycle.ts';

/**
 * The home page's "what is coming and who owns what", from the workspace's live items.
 * `today` is a YYYY-MM-DD date so "overdue" means the same as on a wall calendar.
 */
export function buildAgenda(items: readonly MatrixItem[], today: string): CycleStatus['agenda'] {
  const str = (item: MatrixItem, field: string) => {
    const value = item.data[field];
    return typeof value === 'string' ? value : null;
  };
  const milestones = items
    .filter((i) => i.kind === 'milestone' && i.data['done'] !== true)
    .map((i) => ({ id: i.id, title: matrixItemTitle(i), dueDate: str(i, 'dueDate'), overdue: (str(i, 'dueDate') ?? '9999') < today }))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const overdueActions = items
    .filter((i) => i.kind === 'action' && !['done', 'dropped'].includes(String(i.data['status'])))
    .flatMap((i) => {
      const end = str(i, 'end');
      return end !== null && end < today ? [{ id: i.id, title: matrixItemTitle(i), end }] : [];
    })
    .sort((a, b) => a.end.localeCompare(b.end));
  const owned: CycleStatus['agenda']['owned'] = {};
  for (const item of items) {
    const owner = str(item, 'ownerMemberId');
    if (owner) (owned[owner] ??= []).push({ kind: item.kind, id: item.id, title: matrixItemTitle(item) });
  }
  return { milestones, overdueActions, owned };
}
