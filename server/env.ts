import path from 'node:path';
import { z } from 'zod';
import { TUNABLE_COLLAB_DEFAULTS, userMessagesBurstFor } from './collab/limits.ts';
import type { SignupPolicy } from '../shared/schemas/auth.ts';
import { signupEnvSchema } from './auth/signup-policy.ts';
import { DEFAULT_MAX_IMPORT_BYTES } from './import/limits.ts';
import { DEFAULT_MAX_IMAGE_BYTES } from './images/limits.ts';
import type { ConverterPrograms } from './export/converters.ts';

const MiB = 1024 * 1024;

/**
 * Every setting the server reads from the environment, validated once at start-up so that a
 * typo fails fast with a clear message instead of misbehaving later.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).optional(),
  CADRE_DATA_DIR: z.string().min(1).default('./data'),
  /** postgres://… keeps all data in PostgreSQL instead of the embedded SQLite store. */
  CADRE_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Connections each instance keeps to PostgreSQL. */
  CADRE_DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(500).default(10),
  /**
   * redis://… lets several instances serve the same documents and workspaces: it relays
   * "there is more" between them; PostgreSQL stays the truth. Requires CADRE_DATABASE_URL.
   */
  CADRE_REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Largest WebSocket message accepted; larger ones close the connection with 1009. */
  CADRE_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).max(256 * MiB).default(4 * MiB),
  /** Quota on one document's estimated in-memory size; an update that would pass it is refused. */
  CADRE_MAX_DOCUMENT_BYTES: z.coerce.number().int().min(MiB).max(4096 * MiB).default(TUNABLE_COLLAB_DEFAULTS.maxDocumentBytes),
  /** Items (and deletion ranges) one sync update may carry. */
  CADRE_MAX_UPDATE_ITEMS: z.coerce.number().int().min(1000).max(10_000_000).default(TUNABLE_COLLAB_DEFAULTS.maxUpdateItems),
  /** Sustained sync update bytes per second of one user, across all their connections. */
  CADRE_USER_UPDATE_BYTES_PER_SECOND: z.coerce.number().int().min(1024).max(1024 * MiB).default(TUNABLE_COLLAB_DEFAULTS.userUpdateBytesPerSecond),
  /** Live event streams one user may hold open, over all workspaces and tabs. */
  CADRE_MAX_STREAMS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Largest exported file; a larger export is refused with 413. */
  CADRE_MAX_EXPORT_BYTES: z.coerce.number().int().min(MiB).max(4096 * MiB).default(50 * MiB),
  /** Largest file accepted by the document import; a larger upload is refused with 413 before it is read. */
  CADRE_MAX_IMPORT_BYTES: z.coerce.number().int().min(64 * 1024).max(1024 * MiB).default(DEFAULT_MAX_IMPORT_BYTES),
  /** Largest image accepted in a document; a larger upload is refused with 413 before it is read. */
  CADRE_MAX_IMAGE_BYTES: z.coerce.number().int().min(64 * 1024).max(100 * MiB).default(DEFAULT_MAX_IMAGE_BYTES),
  /** Sustained sync messages per second of one user, across all their connections. */
  CADRE_USER_MESSAGES_PER_SECOND: z.coerce.number().int().min(1).max(1_000_000).default(TUNABLE_COLLAB_DEFAULTS.userMessagesPerSecond),
  /** Open sync sockets of one user, and documents one user may have open at once. */
  CADRE_MAX_SOCKETS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(TUNABLE_COLLAB_DEFAULTS.maxSocketsPerUser),
  CADRE_MAX_DOCUMENTS_PER_USER: z.coerce.number().int().min(1).max(10_000).default(TUNABLE_COLLAB_DEFAULTS.maxRoomsPerUser),
  /**
   * SQLite `synchronous` mode. `normal` (default, with WAL): every update is written to the
   * WAL before it is relayed, so a crash of the process (kill -9) loses nothing; a power loss
   * or OS crash may lose the last updates since the most recent WAL sync, never corrupting the
   * database. `full`: the WAL is fsync'ed at each commit, so power loss loses nothing either,
   * at the price of one fsync per update before relay.
   */
  CADRE_SQLITE_SYNC: z.enum(['normal', 'full']).default('normal'),
  /**
   * The origin users reach Cadre at (e.g. https://cadre.gov.example): the only `Origin` accepted
   * on state-changing requests and WebSocket upgrades, and the origin of every link Cadre sends
   * (invitations, password resets, email confirmations), never taken from request headers.
   * Unset: http://localhost:PORT, which suits a server used on this machine only.
   */
  CADRE_PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((value) => new URL(value).origin)
    .optional(),
  /** Who may create an account (`open`, `invite`, `domains:gov.cv,…`); unset: the administrator chooses. */
  CADRE_SIGNUP: signupEnvSchema.optional(),
  /**
   * Sign-in, sign-up and confirmation attempts per client address in 15 minutes. Raise it when a
   * whole ministry reaches Cadre from one address (NAT, proxy): each account keeps its own
   * stricter limit per address, so guessing a password stays slow.
   */
  CADRE_AUTH_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /**
   * Addresses of the reverse proxies in front of Cadre (comma-separated IPs): their
   * X-Forwarded-For header then names the client, for per-address rate limits. Unset: ignored.
   */
  CADRE_TRUSTED_PROXIES: z
    .string()
    .transform((value) => value.split(',').map((address) => address.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()])))
    .optional(),
  /** Required as a bearer token by GET /metrics when set; unset: /metrics is open (keep it off the public proxy). */
  CADRE_METRICS_TOKEN: z.string().min(16).optional(),
  /** Sessions end after this many hours without a request. */
  CADRE_SESSION_IDLE_HOURS: z.coerce.number().positive().max(24 * 365).default(24 * 14),
  /** smtp(s)://user:pass@host:port for invitation and reset emails; unset: links are logged. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  CADRE_MAIL_FROM: z.string().min(3).default('Cadre <no-reply@localhost>'),
  /** LibreOffice, which makes the PDF and ODT exports; unset: looked up on PATH when an export asks for it. */
  CADRE_LIBREOFFICE_PATH: z.string().startsWith('/', 'must be an absolute path').optional(),
});

export type Env = {
  port: number;
  host: string | undefined;
  dataDir: string;
  /** PostgreSQL instead of SQLite in `dataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** Relaying between instances; only with `databaseUrl`. */
  redisUrl: string | undefined;
  maxMessageBytes: number;
  /** Bounds of the sync server that hosts may tune; the rest are in server/collab/limits.ts. */
  collabLimits: {
    maxDocumentBytes: number;
    maxUpdateItems: number;
    userUpdateBytesPerSecond: number;
    userMessagesPerSecond: number;
    userMessagesBurst: number;
    maxSocketsPerUser: number;
    maxRoomsPerUser: number;
  };
  maxStreamsPerUser: number;
  maxExportBytes: number;
  maxImportBytes: number;
  maxImageBytes: number;
  sqliteSync: 'normal' | 'full';
  /** Always set: the configured origin, else http://localhost:PORT (see `startupWarnings`). */
  publicOrigin: string;
  /** The sign-up policy fixed by the host; undefined lets the instance administrator choose. */
  signupPolicy?: SignupPolicy | undefined;
  sessionIdleMs: number;
  /** Sign-in, sign-up and confirmation attempts per client address in 15 minutes. */
  authAttemptsPerAddress: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  metricsToken: string | undefined;
  trustedProxies: string[];
  programs: ConverterPrograms;
};

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  const env = result.data;
  if (env.CADRE_REDIS_URL && !env.CADRE_DATABASE_URL) {
    throw new Error('Invalid environment: CADRE_REDIS_URL: several instances need a shared database; set CADRE_DATABASE_URL too');
  }
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.CADRE_DATA_DIR),
    databaseUrl: env.CADRE_DATABASE_URL,
    databasePoolSize: env.CADRE_DATABASE_POOL_SIZE,
    redisUrl: env.CADRE_REDIS_URL,
    maxMessageBytes: env.CADRE_MAX_MESSAGE_BYTES,
    collabLimits: {
      maxDocumentBytes: env.CADRE_MAX_DOCUMENT_BYTES,
      maxUpdateItems: env.CADRE_MAX_UPDATE_ITEMS,
      userUpdateBytesPerSecond: env.CADRE_USER_UPDATE_BYTES_PER_SECOND,
      userMessagesPerSecond: env.CADRE_USER_MESSAGES_PER_SECOND,
      userMessagesBurst: userMessagesBurstFor(env.CADRE_USER_MESSAGES_PER_SECOND),
      maxSocketsPerUser: env.CADRE_MAX_SOCKETS_PER_USER,
      maxRoomsPerUser: env.CADRE_MAX_DOCUMENTS_PER_USER,
    },
    maxStreamsPerUser: env.CADRE_MAX_STREAMS_PER_USER,
    maxExportBytes: env.CADRE_MAX_EXPORT_BYTES,
    maxImportBytes: env.CADRE_MAX_IMPORT_BYTES,
    maxImageBytes: env.CADRE_MAX_IMAGE_BYTES,
    sqliteSync: env.CADRE_SQLITE_SYNC,
    // With PORT=0 the port is chosen at listen time; the server then puts it in this default.
    publicOrigin: env.CADRE_PUBLIC_ORIGIN ?? `http://localhost:${env.PORT}`,
    signupPolicy: env.CADRE_SIGNUP,
    sessionIdleMs: env.CADRE_SESSION_IDLE_HOURS * 3600 * 1000,
    authAttemptsPerAddress: env.CADRE_AUTH_ATTEMPTS_PER_ADDRESS,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.CADRE_MAIL_FROM,
    metricsToken: env.CADRE_METRICS_TOKEN,
    trustedProxies: env.CADRE_TRUSTED_PROXIES ?? [],
    programs: { libreOffice: env.CADRE_LIBREOFFICE_PATH },
  };
}

/**
 * A public origin on port 0 means "the port the server ends up listening on" (PORT=0 in tests
 * and scripts); any other origin is kept as configured.
 */
export function originForPort(configured: string, port: number): string {
  const url = new URL(configured);
  if (url.port !== '0') return configured;
  url.port = String(port);
  return url.origin;
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

/**
 * Configuration that works but is probably a mistake, for the log at start-up. Listening beyond
 * this machine without `CADRE_PUBLIC_ORIGIN` leaves links pointing at localhost and refuses
 * every browser that reaches the server by its real name.
 */
export function startupWarnings(source: NodeJS.ProcessEnv, env: Env): string[] {
  const warnings: string[] = [];
  const listensBeyondLoopback = env.host === undefined || !LOOPBACK_HOSTS.test(env.host);
  if (listensBeyondLoopback && !source['CADRE_PUBLIC_ORIGIN']) {
    warnings.push(
      `CADRE_PUBLIC_ORIGIN is not set while listening on ${env.host ?? 'all interfaces'}: links in emails point at ${env.publicOrigin}, ` +
        'and browsers reaching Cadre by another name are refused. Set it to the address users open (e.g. https://cadre.gov.example).',
    );
  }
  return warnings;
}
