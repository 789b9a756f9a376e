import path from 'node:path';
import { sql } from 'kysely';
import { createPolicy } from './auth/policy.ts';
import { createRateLimiter, memoryAttemptCounter, type AttemptCounter } from './auth/rate-limit.ts';
import { relayBusEvents, relayLiveEvents } from './cluster/cluster-events.ts';
import { createRedisDocumentRelay } from './cluster/document-relay.ts';
import { redisAttemptCounter } from './cluster/redis-attempts.ts';
import type { ClusterLink } from './cluster/redis.ts';
import { localRelay } from './collab/relay.ts';
import { createMetrics } from './metrics.ts';
import { createSessionStore } from './auth/sessions.ts';
import type { Database } from './db/database.ts';
import { createDocumentRepository } from './db/document-repository.ts';
import { createLocks } from './db/locks.ts';
import { createInstanceSettingsRepository } from './db/instance-settings-repository.ts';
import { createInstitutionRepository } from './db/institution-repository.ts';
import { createInvitationRepository } from './db/invitation-repository.ts';
import { createMemberRepository } from './db/member-repository.ts';
import { createPasswordResetRepository } from './db/password-reset-repository.ts';
import { createPublicLinkRepository } from './db/public-link-repository.ts';
import { createStorageRepository } from './db/storage-repository.ts';
import { createSignupRepository } from './db/signup-repository.ts';
import { createStageMoveRepository } from './db/stage-move-repository.ts';
import { createUserRepository } from './db/user-repository.ts';
import { createValidationRepository } from './db/validation-repository.ts';
import { createVersionRepository } from './db/version-repository.ts';
import { createVariantRepository } from './db/variant-repository.ts';
import { createWorkspaceRepository } from './db/workspace-repository.ts';
import type { ConverterPrograms } from './export/converters.ts';
import type { Logger } from './logger.ts';
import { createEventBus } from './events/bus.ts';
import { createMailer } from './mail/mailer.ts';
import { createMatrixRepository } from './db/matrix-repository.ts';
import { createMatrixItems } from './services/matrix-items.ts';
import { createLiveEvents, type LiveEventsOptions } from './realtime/live-events.ts';
import { createDocumentService } from './services/documents.ts';
import { createAdministrationService } from './services/administration.ts';
import { createAuthService } from './services/auth.ts';
import { createPasswordResetService } from './services/password-resets.ts';
import { createSignupService } from './services/signup.ts';
import { createWorkspaceService } from './services/workspaces.ts';
import { createMemberService } from './services/members.ts';
import { createInvitationService } from './services/invitations.ts';
import { createEditRecorder } from './services/edit-recorder.ts';
import { createActivityRepository } from './db/activity-repository.ts';
import { createClientOwnerRepository } from './db/client-owner-repository.ts';
import { createNotificationRepository } from './db/notification-repository.ts';
import { createReviewRepository } from './db/review-repository.ts';
import { createNotificationService } from './services/notifications.ts';
import { createReviewService } from './services/review.ts';
import { createActivityService } from './services/activity.ts';
import { createMatrixService } from './services/matrices.ts';
import { createMonitoringRepository } from './db/monitoring-repository.ts';
import { createMonitoringService } from './services/monitoring.ts';
import { createEvaluationReportService } from './services/evaluation-report.ts';
import { createGlossaryService } from './services/glossary.ts';
import { createVocabularyService } from './services/vocabulary.ts';
import { createVocabularyRepository } from './db/vocabulary-repository.ts';
import { createCycleService } from './services/cycle.ts';
import { createValidationService } from './services/validation.ts';
import { createVersionService } from './services/versions.ts';
import { createVariantService } from './services/variants.ts';
import { createExportService } from './services/export.ts';
import { createImportService } from './import/import-service.ts';
import { DEFAULT_IMPORT_LIMITS, DEFAULT_MAX_IMPORT_BYTES } from './import/limits.ts';
import { createPublicLinkService } from './services/public-links.ts';
import { createImageRepository } from './db/image-repository.ts';
import { createImageFiles } from './images/image-files.ts';
import { createImageService } from './images/image-service.ts';
import { createImageStorage } from './images/image-storage.ts';
import { DEFAULT_IMAGE_LIMITS } from './images/limits.ts';
import { createDemoService } from './services/demo.ts';
import { createConsultationRepository } from './db/consultation-repository.ts';
import { createConsultationService } from './services/consultation.ts';
import { createConsultationReports } from './consultation/report-export.ts';
import { createPracticeRepository } from './db/practice-repository.ts';
import { createVisitRepository } from './db/visit-repository.ts';
import { createOriginRepository } from './db/origin-repository.ts';
import { createPracticeService } from './services/practice.ts';
import { createDigestService } from './services/digest.ts';
import { overdueFromMeasures } from './services/digest-assembly.ts';
import { createNextCycleService } from './services/next-cycle.ts';
import { createDocumentRegistry, type DocumentRegistryOptions } from './collab/document-registry.ts';
import { TUNABLE_COLLAB_DEFAULTS } from './collab/limits.ts';
import { createUpdateStore } from './collab/update-store.ts';
import type { InstanceLimit } from '../shared/schemas/admin.ts';
import type { SignupPolicy } from '../shared/schemas/auth.ts';

export type ServiceOptions = {
  database: Database;
  /** The link to other instances (`CADRE_REDIS_URL`); absent: this instance is alone. */
  cluster?: ClusterLink | undefined;
  logger: Logger;
  /** Where users reach Cadre: the only accepted `Origin`, and the origin of every link sent. */
  publicOrigin: string;
  sessionIdleMs: number;
  /** The sign-up policy fixed by the host (`CADRE_SIGNUP`); unset: the administrator chooses. */
  signupPolicy?: SignupPolicy | undefined;
  /** Limits set by the environment, listed on the administration page. */
  limitsInForce?: InstanceLimit[];
  /** Sign-in, sign-up and confirmation attempts per client address in 15 minutes (`CADRE_AUTH_ATTEMPTS_PER_ADDRESS`). */
  authAttemptsPerAddress?: number;
  /** Largest imported file (`CADRE_MAX_IMPORT_BYTES`); unset: the import module's default. */
  maxImportBytes?: number;
  /** Where image files are kept (`<CADRE_DATA_DIR>/images`) and the largest one (`CADRE_MAX_IMAGE_BYTES`). */
  images?: { dir: string; maxBytes: number };
  /** Largest exported file (`CADRE_MAX_EXPORT_BYTES`); unset: the export module's default. */
  maxExportBytes?: number;
  /** smtp(s) URL for invitation and reset emails; without it links are logged or shown. */
  smtpUrl?: string | undefined;
  mailFrom?: string;
  /** Reverse proxies whose `X-Forwarded-For` names the client (`CADRE_TRUSTED_PROXIES`). */
  trustedProxies?: readonly string[];
  /** The bearer token GET /metrics requires (`CADRE_METRICS_TOKEN`); unset: open. */
  metricsToken?: string | undefined;
  /** The clock of expiry checks (invitations, reset links); tests may move it. */
  now?: () => number;
  /** Configured path of LibreOffice, the PDF and ODT converter. */
  programs?: ConverterPrograms;
  /** Limits of live event streams (streams per user, replay buffer, keepalive). */
  events?: LiveEventsOptions;
  /** The document quota and how long unused documents stay loaded; defaults suit production. */
  documents?: Partial<Pick<DocumentRegistryOptions, 'maxDocumentBytes' | 'unloadDelayMs' | 'compactAfterUpdates'>>;
};

/** Repositories, stores, limiters and channels of one server instance, made once. */
export function createInfrastructure({ database, images: imageOptions, cluster, metricsToken, trustedProxies = [], logger, publicOrigin, sessionIdleMs, signupPolicy, limitsInForce = [], authAttemptsPerAddress = 30, maxExportBytes, smtpUrl, mailFrom, programs, events: eventOptions, documents: documentOptions, now = Date.now }: ServiceOptions) {
  const fifteenMinutes = 15 * 60 * 1000;
  const oneHour = 60 * 60 * 1000;
  const { db } = database;
  const locks = createLocks(database);
  const metrics = createMetrics();
  const bus = createEventBus(logger);
  const localEvents = createLiveEvents(eventOptions);
  const events = cluster ? relayLiveEvents(localEvents, cluster, logger) : localEvents;
  if (cluster) relayBusEvents(bus, cluster, logger);
  const attempts: AttemptCounter = cluster ? redisAttemptCounter(cluster, memoryAttemptCounter(), logger) : memoryAttemptCounter();
  const limiter = (name: string, max: number, windowMs: number) => createRateLimiter({ name, max, windowMs, counter: attempts });
  const documents = createDocumentRepository(db);
  /** Other features record workspace activity with `activity.record(...)`. */
  const activity = createActivityRepository(db);
  const clientOwners = createClientOwnerRepository(db);
  const images = createImageRepository(db);
  // Without a data directory (tests of the app alone), where the server keeps them by default.
  const imageFiles = createImageFiles(imageOptions?.dir ?? path.resolve('data', 'images'));
  return {
    logger,
    publicOrigin,
    sessionIdleMs,
    signupPolicyFixedByHost: signupPolicy,
    limitsInForce,
    maxExportBytes,
    programs: programs ?? { libreOffice: undefined },
    documents,
    workspaces: createWorkspaceRepository(db),
    /** Moves between stages of the policy cycle, with what they left unmet (the cycle guide). */
    stageMoves: createStageMoveRepository(db),
    members: createMemberRepository(db),
    institutions: createInstitutionRepository(db),
    users: createUserRepository(db),
    invitations: createInvitationRepository(db, now),
    passwordResets: createPasswordResetRepository(db, now),
    signups: createSignupRepository(db, now),
    instanceSettings: createInstanceSettingsRepository(db),
    /** Each workspace's policy-area preset and lists (thematic areas, evidence source types). */
    vocabularies: createVocabularyRepository(db, now),
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
    /** Typed events inside this instance; listeners (server/listeners) react to them. */
    bus,
    /** The loaded documents, shared with the sync server; services read and change text here. */
    /** Exclusion of use cases that check then write, across instances (`server/db/locks.ts`). */
    locks,
    /** Prometheus metrics of this instance (`GET /metrics`). */
    metrics,
    metricsToken,
    trustedProxies: new Set(trustedProxies),
    /** What readiness checks: the database answers, and Redis when instances share it. */
    async ready(): Promise<{ database: boolean; relay: boolean | null }> {
      const databaseUp = await sql`SELECT 1`.execute(db).then(() => true, () => false);
      const relay = cluster ? await cluster.publisher.ping().then(() => true, () => false) : null;
      return { database: databaseUp, relay };
    },
    collab: createDocumentRegistry({
      store: metrics.timed(createUpdateStore(database)),
      relay: cluster ? createRedisDocumentRelay(cluster, logger, metrics) : localRelay,
      logger,
      bus,
      // Authorship is bound to the user: who first used a client id is stored.
      clientOwners,
      maxDocumentBytes: documentOptions?.maxDocumentBytes ?? TUNABLE_COLLAB_DEFAULTS.maxDocumentBytes,
      unloadDelayMs: documentOptions?.unloadDelayMs,
      compactAfterUpdates: documentOptions?.compactAfterUpdates,
    }),
    versions: createVersionRepository(db),
    variants: createVariantRepository(db),
    validation: createValidationRepository(db),
    publicLinks: createPublicLinkRepository(db),
    /** Which document each image belongs to; its bytes are in `imageFiles`. */
    images,
    imageFiles,
    /** When image files are written and deleted (with their last row, or by the sweep). */
    imageStorage: createImageStorage({ images, imageFiles, locks, logger }),
    /** Bytes stored per workspace, for the administration page. */
    storage: createStorageRepository(db),
    review: createReviewRepository(db),
    /** Cadences, indicators, period reports and lessons learned of action plans (migration 016). */
    monitoring: createMonitoringRepository(db),
    /** Consultation rounds, their participants and inputs (`server/services/consultation.ts`). */
    consultation: createConsultationRepository(db),
    /** Good-practice self-assessments, members' visits (the digest) and where a cycle came from (migration 017). */
    practice: createPracticeRepository(db),
    visits: createVisitRepository(db),
    origins: createOriginRepository(db),
    notifications: createNotificationRepository(db),
    activity,
    editRecorder: createEditRecorder(documents, activity),
    /** Which member each Yjs client id of a document belongs to ("who wrote this?"). */
    clientOwners,
    limits: {
      /** Sign-in and sign-up attempts per client address. */
      authPerAddress: limiter('auth-address', authAttemptsPerAddress, fifteenMinutes),
      /**
       * Sign-in attempts per account from one address. Not per account alone: then anyone could
       * lock the owner out by failing on purpose from elsewhere.
       */
      signInPerAccountAddress: limiter('sign-in-account', 10, fifteenMinutes),
      /** Sign-ups per email address, so nobody can flood someone's mailbox with confirmations. */
      signupPerEmail: limiter('signup-email', 3, oneHour),
      /** Password reset requests and uses per client address. */
      resetPerAddress: limiter('reset-address', 10, fifteenMinutes),
      /** Reset emails per account, so nobody can flood someone's mailbox. */
      resetPerAccount: limiter('reset-account', 3, oneHour),
      /** Document imports per user: each costs seconds of CPU. */
      importPerUser: limiter('import-user', DEFAULT_IMPORT_LIMITS.perUserMax, DEFAULT_IMPORT_LIMITS.perUserWindowMs),
      /** Image uploads per user: each is written to disk. */
      imagePerUser: limiter('image-user', DEFAULT_IMAGE_LIMITS.perUserMax, DEFAULT_IMAGE_LIMITS.perUserWindowMs),
      /**
       * Documents' texts read over HTTP per user, each encoded and compressed whole. A browser
       * reads one only when it opens a document it has no copy of; past this, its socket's sync
       * brings the text as before.
       */
      documentTextPerUser: limiter('document-text-user', 300, fifteenMinutes),
    },
  };
}

export type Infrastructure = ReturnType<typeof createInfrastructure>;

/**
 * The infrastructure and one service per feature, each made once and given what it needs. A
 * service method is a whole use case: it authorizes, changes, records the activity and publishes
 * the typed event; routes only translate HTTP to these calls.
 */
export function createServices(options: ServiceOptions) {
  const infrastructure = createInfrastructure(options);
  // Feature services, in dependency order.
  const authService = createAuthService(infrastructure);
  const signupService = createSignupService(infrastructure);
  const passwordResetService = createPasswordResetService(infrastructure);
  const administrationService = createAdministrationService(infrastructure);
  const workspaceService = createWorkspaceService(infrastructure);
  const memberService = createMemberService(infrastructure);
  const invitationService = createInvitationService(infrastructure);
  const documentService = createDocumentService(infrastructure);
  const notificationService = createNotificationService(infrastructure);
  const reviewService = createReviewService(infrastructure, notificationService);
  const activityService = createActivityService(infrastructure);
  const versionService = createVersionService(infrastructure);
  const validationService = createValidationService(infrastructure);
  const variantService = createVariantService(infrastructure);
  const consultationService = createConsultationService(infrastructure, invitationService);
  const exportService = createExportService(infrastructure, { consultationAnnex: consultationService.reportAnnex });
  const consultationReports = createConsultationReports(consultationService, exportService, infrastructure.policy);
  const publicLinkService = createPublicLinkService(infrastructure);
  const matrixService = createMatrixService(infrastructure);
  const monitoringService = createMonitoringService(infrastructure, options.now);
  const evaluationReportService = createEvaluationReportService(infrastructure, monitoringService);
  const glossaryService = createGlossaryService(infrastructure);
  const vocabularyService = createVocabularyService(infrastructure);
  const cycleService = createCycleService(infrastructure, validationService);
  const demoService = createDemoService(infrastructure);
  const practiceService = createPracticeService(infrastructure);
  const digestService = createDigestService({ ...infrastructure, now: options.now }, overdueFromMeasures(monitoringService.measuresOf));
  const nextCycleService = createNextCycleService(infrastructure, workspaceService, infrastructure.monitoring);
  const imageService = createImageService(infrastructure, { ...DEFAULT_IMAGE_LIMITS, maxBytes: options.images?.maxBytes ?? DEFAULT_IMAGE_LIMITS.maxBytes });
  const importService = createImportService(infrastructure, documentService, reviewService, imageService, { maxFileBytes: options.maxImportBytes ?? DEFAULT_MAX_IMPORT_BYTES });
  return {
    ...infrastructure,
    authService,
    signupService,
    passwordResetService,
    administrationService,
    workspaceService,
    memberService,
    invitationService,
    documentService,
    notificationService,
    reviewService,
    activityService,
    versionService,
    validationService,
    variantService,
    exportService,
    publicLinkService,
    matrixService,
    monitoringService,
    evaluationReportService,
    glossaryService,
    vocabularyService,
    cycleService,
    demoService,
    consultationService,
    consultationReports,
    practiceService,
    digestService,
    nextCycleService,
    importService,
    imageService,
  };
}

export type Services = ReturnType<typeof createServices>;
