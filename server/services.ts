import { createPolicy } from './auth/policy.ts';
import { createRateLimiter } from './auth/rate-limit.ts';
import { createSessionStore } from './auth/sessions.ts';
import type { SqliteDatabase } from './db/database.ts';
import { createDocumentRepository } from './db/document-repository.ts';
import { createInstitutionRepository } from './db/institution-repository.ts';
import { createMemberRepository } from './db/member-repository.ts';
import { createUserRepository } from './db/user-repository.ts';
import { createWorkspaceRepository } from './db/workspace-repository.ts';
import type { Logger } from './logger.ts';

export type ServiceOptions = {
  db: SqliteDatabase;
  logger: Logger;
  publicOrigin: string | undefined;
  sessionIdleMs: number;
};

/**
 * What must happen to open sync connections when access changes. The sync server is created
 * after the services, so it plugs its implementation in here.
 */
export type AccessEvents = {
  /** A session ended (sign-out): close its sockets. */
  sessionEnded(sessionId: string): void;
  /** A member's role changed or they were removed: close their sockets so they re-authorize. */
  membershipChanged(workspaceId: string, userId: string): void;
};

/** Repositories, stores and limiters of one server instance; routes receive this bundle. */
export function createServices({ db, logger, publicOrigin, sessionIdleMs }: ServiceOptions) {
  const fifteenMinutes = 15 * 60 * 1000;
  return {
    db,
    logger,
    publicOrigin,
    documents: createDocumentRepository(db),
    workspaces: createWorkspaceRepository(db),
    members: createMemberRepository(db),
    institutions: createInstitutionRepository(db),
    users: createUserRepository(db),
    sessions: createSessionStore(db, { idleTimeoutMs: sessionIdleMs }),
    policy: createPolicy(db),
    access: { sessionEnded: () => {}, membershipChanged: () => {} } as AccessEvents,
    limits: {
      /** Sign-in and sign-up attempts per client address. */
      authPerAddress: createRateLimiter({ max: 30, windowMs: fifteenMinutes }),
      /** Sign-in attempts per account, whatever address they come from. */
      authPerAccount: createRateLimiter({ max: 10, windowMs: fifteenMinutes }),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
