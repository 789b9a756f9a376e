import type { Action, Role } from './abilities.ts';

/**
 * The roles table of the domain guide written out cell by cell, independently of `can()`:
 * the tests of the policy, the HTTP routes and the sync socket all check against it.
 */
export const expectedAbilities: Record<Action, Record<Role, boolean>> = {
  read: { facilitator: true, chair: true, drafter: true, expert: true, observer: true },
  edit: { facilitator: true, chair: true, drafter: true, expert: false, observer: false },
  comment: { facilitator: true, chair: true, drafter: true, expert: true, observer: false },
  resolve: { facilitator: true, chair: true, drafter: true, expert: false, observer: false },
  manageMembers: { facilitator: true, chair: true, drafter: false, expert: false, observer: false },
  manageWorkspace: { facilitator: true, chair: true, drafter: false, expert: false, observer: false },
  advanceStage: { facilitator: true, chair: true, drafter: false, expert: false, observer: false },
  signValidation: { facilitator: false, chair: true, drafter: false, expert: false, observer: false },
  export: { facilitator: true, chair: true, drafter: true, expert: true, observer: true },
};
