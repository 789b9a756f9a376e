import type { Action, Role } from './abilities.ts';

/**
 * The roles table of the domain guide written out cell by cell, independently of `can()`:
 * the tests of the policy, the HTTP routes and the sync socket all check against it.
 */
export const expectedAbilities: Record<Action, Record<Role, boolean>> = {
  read: { facilitator: true, chair: true, drafter: true, expert: true, observer: true, consultee: false },
  edit: { facilitator: true, chair: true, drafter: true, expert: false, observer: false, consultee: false },
  comment: { facilitator: true, chair: true, drafter: true, expert: true, observer: false, consultee: false },
  resolve: { facilitator: true, chair: true, drafter: true, expert: false, observer: false, consultee: false },
  manageMembers: { facilitator: true, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  manageWorkspace: { facilitator: true, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  advanceStage: { facilitator: true, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  signValidation: { facilitator: false, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  export: { facilitator: true, chair: true, drafter: true, expert: true, observer: true, consultee: false },
  archive: { facilitator: true, chair: true, drafter: true, expert: false, observer: false, consultee: false },
  archiveWorkspace: { facilitator: true, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  runConsultation: { facilitator: true, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  dispositionInputs: { facilitator: true, chair: true, drafter: true, expert: false, observer: false, consultee: false },
  assessPractice: { facilitator: true, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  startNextCycle: { facilitator: true, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  agreeTerm: { facilitator: false, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  consult: { facilitator: false, chair: false, drafter: false, expert: false, observer: false, consultee: true },
};

const none = { facilitator: false, chair: false, drafter: false, expert: false, observer: false, consultee: false } as const;

/**
 * The same table inside an archived workspace: read-only for everyone; only reading, exporting
 * and restoring the workspace (by its leads) remain.
 */
export const expectedInArchivedWorkspace: Record<Action, Record<Role, boolean>> = {
  read: expectedAbilities.read,
  edit: none,
  comment: none,
  resolve: none,
  manageMembers: none,
  manageWorkspace: none,
  advanceStage: none,
  signValidation: none,
  export: expectedAbilities.export,
  archive: none,
  archiveWorkspace: { facilitator: true, chair: true, drafter: false, expert: false, observer: false, consultee: false },
  assessPractice: none,
  startNextCycle: none,
  agreeTerm: none,
  runConsultation: none,
  dispositionInputs: none,
  consult: none,
};

/** And on an archived document of a live workspace: it can be read, exported and restored. */
export const expectedOnArchivedDocument: Record<Action, Record<Role, boolean>> = {
  ...expectedInArchivedWorkspace,
  archive: { facilitator: true, chair: true, drafter: true, expert: false, observer: false, consultee: false },
  archiveWorkspace: none,
};
