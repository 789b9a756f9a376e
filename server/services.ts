import { createPolicy } from './auth/policy.ts';
import { createRateLimiter } from './auth/rate-limit.ts';
import { createSessionStore } from './auth/sessions.ts';
import type { SqliteDatabase } from './db/database.ts';
import { createDocumentRepository } from './db/document-repository.ts';
import { createInstitutionRepository } from './db/institution-repository.ts';
import { createInvitationRepository } from './db/invitation-repository.ts';
import { createMemberRepository } from './db/member-repository.ts';
import { createPasswordResetRepository } from './db/password-reset-repository.ts';
import { createPublicLinkRepository } from './db/public-link-repository.ts';
import { createUserRepository } from './db/user-repository.ts';
import { createValidationRepository } from './db/validation-repository.ts';
import { createVersionRepository } from './db/version-repository.ts';
import { createVariantRepository } from './db/variant-repository.ts';
import { createWorkspaceRepository } from './db/workspace-repository.ts';
import type { ConverterPrograms } from './export/converters.ts';
import type { Logger } from './logger.ts';
import { createMailer } from './mail/mailer.ts';
import { createMatrixRepository } from './db/matrix-repository.ts';
import { createMatrixItems } from './services/matrix-items.ts';
import { createWorkspaceEvents } from './realtime/workspace-events.ts';
import { createReviewStores } from './services/review-stores.ts';
import { unpluggedCollab } from './versions/collab-documents.ts';

export type ServiceOptions = {
  db: SqliteDatabase;
  logger: Logger;
  publicOrigin: string | undefined;
  sessionIdleMs: number;
  /** smtp(s) URL for invitation and reset emails; without it links are logged or shown. */
  smtpUrl?: string | undefined;
  mailFrom?: string;
  /** The clock of expiry checks (invitations, reset links); tests may move it. */
  now?: () => number;
  /** Configured paths of the PDF and ODT converters. */
  programs?: ConverterPrograms;
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
export function createServices({ db, logger, publicOrigin, sessionIdleMs, smtpUrl, mailFrom, programs, now = Date.now }: ServiceOptions) {
  const fifteenMinutes = 15 * 60 * 1000;
  const oneHour = 60 * 60 * 1000;
  const events = createWorkspaceEvents();
  return {
    db,
    logger,
    publicOrigin,
    programs: programs ?? { chromium: undefined, libreOffice: undefined },
    documents: createDocumentRepository(db),
    workspaces: createWorkspaceRepository(db),
    members: createMemberRepository(db),
    institutions: createInstitutionRepository(db),
    users: createUserRepository(db),
    invitations: createInvitationRepository(db, now),
    passwordResets: createPasswordResetRepository(db, now),
    /**
     * Reset links that could not be emailed (no SMTP, or sending failed), by token hash, for
     * the administrator to pass on. Only in memory: the database keeps hashes, never links.
     */
    unsentResetLinks: new Map<string, string>(),
    mailer: createMailer({ smtpUrl, from: mailFrom ?? 'Cadre <no-reply@localhost>' }),
    sessions: createSessionStore(db, { idleTimeoutMs: sessionIdleMs }),
    policy: createPolicy(db),
    events,
    matrixItems: createMatrixItems(createMatrixRepository(db, now), events, now),
    access: { sessionEnded: () => {}, membershipChanged: () => {} } as AccessEvents,
    /** Server-side reads and changes of documents; the sync server plugs itself in (server.ts). */
    collab: unpluggedCollab(),
    versions: createVersionRepository(db),
    variants: createVariantRepository(db),
    validation: createValidationRepository(db),
    publicLinks: createPublicLinkRepository(db),
    ...createReviewStores(db),
    limits: {
      /** Sign-in and sign-up attempts per client address. */
      authPerAddress: createRateLimiter({ max: 30, windowMs: fifteenMinutes }),
      /** Sign-in attempts per account, whatever address they come from. */
      authPerAccount: createRateLimiter({ max: 10, windowMs: fifteenMinutes }),
      /** Password reset requests and uses per client address. */
      resetPerAddress: createRateLimiter({ max: 10, windowMs: fifteenMinutes }),
      /** Reset emails per account, so nobody can flood someone's mailbox. */
      resetPerAccount: createRateLimiter({ max: 3, windowMs: oneHour }),
    },
  };
}

export type Services = ReturnType<typeof createServices>;
