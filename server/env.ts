import path from 'node:path';
import { z } from 'zod';

const MiB = 1024 * 1024;

/**
 * Every setting the server reads from the environment, validated once at start-up so that a
 * typo fails fast with a clear message instead of misbehaving later.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).optional(),
  CADRE_DATA_DIR: z.string().min(1).default('./data'),
  /** Largest WebSocket message accepted; larger ones close the connection with 1009. */
  CADRE_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).max(256 * MiB).default(4 * MiB),
  /**
   * SQLite `synchronous` mode. `normal` (default, with WAL): every update is written to the
   * WAL before it is relayed, so a crash of the process (kill -9) loses nothing; a power loss
   * or OS crash may lose the last updates since the most recent WAL sync, never corrupting the
   * database. `full`: the WAL is fsync'ed at each commit, so power loss loses nothing either,
   * at the price of one fsync per update before relay.
   */
  CADRE_SQLITE_SYNC: z.enum(['normal', 'full']).default('normal'),
  /**
   * The origin users reach Cadre at (e.g. https://cadre.gov.example), checked against `Origin`
   * on state-changing requests and WebSocket upgrades. Unset: the request's own host.
   */
  CADRE_PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((value) => new URL(value).origin)
    .optional(),
  /** Sessions end after this many hours without a request. */
  CADRE_SESSION_IDLE_HOURS: z.coerce.number().positive().max(24 * 365).default(24 * 14),
  /** smtp(s)://user:pass@host:port for invitation and reset emails; unset: links are logged. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  CADRE_MAIL_FROM: z.string().min(3).default('Cadre <no-reply@localhost>'),
  /** Programs for PDF and ODT export; unset: looked up on PATH when an export asks for them. */
  CADRE_CHROMIUM_PATH: z.string().startsWith('/', 'must be an absolute path').optional(),
  CADRE_LIBREOFFICE_PATH: z.string().startsWith('/', 'must be an absolute path').optional(),
});

export type Env = {
  port: number;
  host: string | undefined;
  dataDir: string;
  maxMessageBytes: number;
  sqliteSync: 'normal' | 'full';
  publicOrigin: string | undefined;
  sessionIdleMs: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  programs: { chromium: string | undefined; libreOffice: string | undefined };
};

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  const env = result.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.CADRE_DATA_DIR),
    maxMessageBytes: env.CADRE_MAX_MESSAGE_BYTES,
    sqliteSync: env.CADRE_SQLITE_SYNC,
    publicOrigin: env.CADRE_PUBLIC_ORIGIN,
    sessionIdleMs: env.CADRE_SESSION_IDLE_HOURS * 3600 * 1000,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.CADRE_MAIL_FROM,
    programs: { chromium: env.CADRE_CHROMIUM_PATH, libreOffice: env.CADRE_LIBREOFFICE_PATH },
  };
}
