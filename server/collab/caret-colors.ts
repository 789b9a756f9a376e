import type { Awareness } from 'y-protocols/awareness';
import { caretColorAmong } from '../../shared/collab/caret-color.ts';

function colorOf(state: Record<string, unknown>): string | null {
  const user = state['user'];
  const color = typeof user === 'object' && user !== null ? (user as Record<string, unknown>)['color'] : undefined;
  return typeof color === 'string' ? color : null;
}

/**
 * The caret colour a person gets when their presence first reaches a document: the one another
 * tab of theirs shows there already, else one nobody present holds (their own colour when it is
 * free), so the people of one document are told apart. The connection keeps it from then on:
 * nobody's colour changes under them when others come and go.
 */
export function caretColorInRoom(awareness: Awareness, userId: string, ownerOf: (clientId: number) => string | undefined): string {
  const taken = new Set<string>();
  for (const [clientId, state] of awareness.getStates()) {
    const color = colorOf(state);
    if (color === null) continue;
    if (ownerOf(clientId) === userId) return color;
    taken.add(color);
  }
  return caretColorAmong(userId, taken);
}
