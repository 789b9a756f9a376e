/**
 * The one authorization table of Cadre: which workspace role may do what. Pure and shared, so
 * the server enforces it (HTTP and WebSocket) and the client only displays what it allows.
 * See the roles table of the domain guide.
 */

export const ROLES = ['facilitator', 'chair', 'drafter', 'expert', 'observer', 'consultee'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The roles of the workspace's own team. A consultee (an outside stakeholder) joins only through
 * an invitation to a consultation round, so it is never offered when inviting or changing roles.
 */
export const TEAM_ROLES = ['facilitator', 'chair', 'drafter', 'expert', 'observer'] as const satisfies readonly Role[];
export type TeamRole = (typeof TEAM_ROLES)[number];

export const ACTIONS = [
  /** Read the workspace's documents and matrices. */
  'read',
  /** Edit documents and matrices, create documents. */
  'edit',
  /** Comment, reply and propose suggested changes. */
  'comment',
  /** Accept or reject suggestions and resolve threads (experts: their own threads only). */
  'resolve',
  /** Invite members, change roles, remove members, manage institutions (add, archive, restore). */
  'manageMembers',
  /** Change the workspace's title, mission, areas and language. */
  'manageWorkspace',
  /** Move the workspace to another stage of the policy cycle. */
  'advanceStage',
  /** Sign a validation step, which freezes a version. */
  'signValidation',
  /** Export documents. */
  'export',
  /**
   * Archive documents and matrix items, and restore them: the people who write them decide
   * what is put aside, and nothing is lost (an archived thing is kept and restorable).
   */
  'archive',
  /**
   * Archive the workspace itself (read-only for everyone until restored), and restore it. Leads
   * decide, as for its settings. Its institutions are archived with `manageMembers`, like every
   * other change of the registry.
   */
  'archiveWorkspace',
  /**
   * Rate the workspace against the ten good-practice criteria (a dated self-assessment). Leads
   * answer for the process; everyone else reads the ratings.
   */
  'assessPractice',
  /** Start the next policy cycle from this evaluated workspace, carrying its lessons forward. */
  'startNextCycle',
  /**
   * Agree a proposed glossary term, which makes it the workspace's reference wording. The chair
   * speaks for the lead institution, which owns the content; the facilitation team supports but
   * does not decide the wording (domain guide §1).
   */
  'agreeTerm',
  /** Open, change and close consultation rounds, and record inputs heard at workshops and hearings. */
  'runConsultation',
  /** Give consultation inputs a disposition (accepted, partly accepted, rejected, deferred). */
  'dispositionInputs',
  /**
   * Read the published version of a consultation round and submit inputs to it: a consultee,
   * only in the rounds it was invited to (`participant`). Nothing else of the workspace.
   */
  'consult',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Facts about the resource that some rules depend on. */
export type AbilityFacts = {
  /** The caller started the comment thread or suggestion concerned. */
  ownsThread?: boolean;
  /** The validation step concerned names the role that signs it; it narrows `signValidation`. */
  signerRole?: Role;
  /**
   * What is archived around the resource: the whole workspace, or only the document concerned.
   * Archived things stay readable, exportable and restorable, and nothing else (`whileArchived`).
   */
  archived?: 'workspace' | 'document';
  /** Whether the caller was invited to the consultation round concerned; it narrows `consult`. */
  participant?: boolean;
};

const everyone: readonly Role[] = TEAM_ROLES;
const editors: readonly Role[] = ['facilitator', 'chair', 'drafter'];
const leads: readonly Role[] = ['facilitator', 'chair'];

const table: Record<Action, readonly Role[]> = {
  read: everyone,
  edit: editors,
  comment: [...editors, 'expert'],
  resolve: editors,
  manageMembers: leads,
  manageWorkspace: leads,
  advanceStage: leads,
  signValidation: ['chair'],
  export: everyone,
  archive: editors,
  archiveWorkspace: leads,
  assessPractice: leads,
  startNextCycle: leads,
  agreeTerm: ['chair'],
  runConsultation: leads,
  dispositionInputs: editors,
  consult: ['consultee'],
};

/**
 * What an archived workspace or document still allows, to whoever the table allows it: it can
 * be read, exported and restored. Everything else — editing, commenting, signing, managing
 * members, moving the stage — waits until it is restored, so an archive is a faithful record.
 */
const whileArchived: Record<NonNullable<AbilityFacts['archived']>, readonly Action[]> = {
  workspace: ['read', 'export', 'archiveWorkspace'],
  document: ['read', 'export', 'archive'],
};

/** May a member with `role` (or a non-member, `null`) perform `action`? */
export function can(role: Role | null, action: Action, facts: AbilityFacts = {}): boolean {
  if (role === null) return false;
  if (facts.archived !== undefined && !whileArchived[facts.archived].includes(action)) return false;
  if (action === 'signValidation' && facts.signerRole !== undefined && facts.signerRole !== role) return false;
  if (action === 'consult' && facts.participant === false) return false;
  if (table[action].includes(role)) return true;
  return action === 'resolve' && role === 'expert' && facts.ownsThread === true;
}

export type Abilities = Record<Action, boolean>;

/** Every action's answer at once, sent with API responses so the client never re-derives rules. */
export function abilitiesOf(role: Role | null, facts: AbilityFacts = {}): Abilities {
  return Object.fromEntries(ACTIONS.map((action) => [action, can(role, action, facts)])) as Abilities;
}

/** What a sync connection to a document may do, derived from the same table. */
export function documentAccess(role: Role | null, facts: AbilityFacts = {}): 'edit' | 'read' | 'deny' {
  if (can(role, 'edit', facts)) return 'edit';
  return can(role, 'read', facts) ? 'read' : 'deny';
}

/**
 * Instance-wide actions, decided by the account's standing on the instance rather than by any
 * workspace role: the first account and those it promotes administer the instance.
 */
export const INSTANCE_ACTIONS = [
  /** See and change accounts, the sign-up policy, pending reset links, limits and storage. */
  'administerInstance',
  /**
   * Delete an archived workspace or document for good, with everything it holds. Only the
   * instance's administrators: no workspace role can destroy what its members wrote.
   */
  'deleteForGood',
] as const;
export type InstanceAction = (typeof INSTANCE_ACTIONS)[number];

export type InstanceRole = 'administrator' | 'member';

const instanceTable: Record<InstanceAction, readonly InstanceRole[]> = {
  administerInstance: ['administrator'],
  deleteForGood: ['administrator'],
};

/** The instance role of an account, from its stored administrator flag. */
export const instanceRoleOf = (account: { isAdmin: boolean }): InstanceRole => (account.isAdmin ? 'administrator' : 'member');

/** May an account with this instance role (or nobody, `null`) perform an instance action? */
export function canInstance(role: InstanceRole | null, action: InstanceAction): boolean {
  return role !== null && instanceTable[action].includes(role);
}

export type InstanceAbilities = Record<InstanceAction, boolean>;

/** Sent with `/api/me`, so the client shows the administration page only to those allowed. */
export function instanceAbilitiesOf(role: InstanceRole | null): InstanceAbilities {
  return Object.fromEntries(INSTANCE_ACTIONS.map((action) => [action, canInstance(role, action)])) as InstanceAbilities;
}
