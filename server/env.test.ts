import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv, startupWarnings } from './env.ts';

describe('parseEnv', () => {
  it('applies defaults', () => {
    expect(parseEnv({})).toEqual({
      port: 8080,
      host: undefined,
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      databasePoolSize: 10,
      redisUrl: undefined,
      maxMessageBytes: 4 * 1024 * 1024,
      collabLimits: {
        maxDocumentBytes: 64 * 1024 * 1024,
        maxUpdateItems: 100_000,
        userUpdateBytesPerSecond: 1024 * 1024,
        userMessagesPerSecond: 120,
        userMessagesBurst: 600,
        maxSocketsPerUser: 50,
        maxRoomsPerUser: 20,
      },
      maxStreamsPerUser: 20,
      maxExportBytes: 50 * 1024 * 1024,
      maxImportBytes: 20 * 1024 * 1024,
      maxImageBytes: 5 * 1024 * 1024,
      sqliteSync: 'normal',
      publicOrigin: 'http://localhost:8080',
      signupPolicy: undefined,
      sessionIdleMs: 14 * 24 * 3600 * 1000,
      authAttemptsPerAddress: 30,
      smtpUrl: undefined,
      mailFrom: 'Cadre <no-reply@localhost>',
      metricsToken: undefined,
      trustedProxies: [],
      programs: { libreOffice: undefined },
    });
  });

  it('reads overrides', () => {
    const env = parseEnv({ PORT: '9000', CADRE_DATA_DIR: '/tmp/x', CADRE_SQLITE_SYNC: 'full', CADRE_AUTH_ATTEMPTS_PER_ADDRESS: '500' });
    expect([env.port, env.dataDir, env.sqliteSync, env.authAttemptsPerAddress]).toEqual([9000, '/tmp/x', 'full', 500]);
  });

  it('reads the shared stores of a scaled-out deployment, and refuses Redis without PostgreSQL', () => {
    const env = parseEnv({ CADRE_DATABASE_URL: 'postgres://cadre@db:5432/cadre', CADRE_REDIS_URL: 'redis://cache:6379' });
    expect([env.databaseUrl, env.redisUrl]).toEqual(['postgres://cadre@db:5432/cadre', 'redis://cache:6379']);
    expect(() => parseEnv({ CADRE_REDIS_URL: 'redis://cache:6379' })).toThrow(/CADRE_REDIS_URL: .*CADRE_DATABASE_URL/);
    expect(() => parseEnv({ CADRE_DATABASE_URL: 'mysql://db/cadre' })).toThrow(/Invalid environment: CADRE_DATABASE_URL/);
  });

  it('normalises the public origin', () => {
    expect(parseEnv({ CADRE_PUBLIC_ORIGIN: 'https://cadre.example.org/' }).publicOrigin).toBe('https://cadre.example.org');
  });

  it.each([{ CADRE_LIBREOFFICE_PATH: 'libreoffice' }, { CADRE_PUBLIC_ORIGIN: 'javascript:alert(1)' }, { PORT: 'abc' }, { PORT: '70000' }, { CADRE_SQLITE_SYNC: 'off' }, { CADRE_MAX_MESSAGE_BYTES: '10' }, { CADRE_MAX_DOCUMENT_BYTES: 'lots' }, { CADRE_MAX_SOCKETS_PER_USER: '0' }])(
    'fails fast with a clear message on %o',
    (source) => {
      expect(() => parseEnv(source)).toThrow(/Invalid environment: (PORT|CADRE_)/);
    },
  );
});

describe('public origin and sign-up policy', () => {
  it('defaults the public origin to http://localhost:PORT and warns when listening beyond loopback without it', () => {
    const env = parseEnv({ PORT: '9000' });
    expect(env.publicOrigin).toBe('http://localhost:9000');
    expect(startupWarnings({}, env)).toEqual([expect.stringContaining('CADRE_PUBLIC_ORIGIN is not set while listening on all interfaces')]);
    expect(startupWarnings({}, parseEnv({ HOST: '0.0.0.0' }))).toHaveLength(1);
    for (const HOST of ['127.0.0.1', 'localhost', '::1']) expect(startupWarnings({}, parseEnv({ HOST }))).toEqual([]);
    const configured = { CADRE_PUBLIC_ORIGIN: 'https://cadre.gov.example' };
    expect(startupWarnings(configured, parseEnv(configured))).toEqual([]);
  });

  it('reads CADRE_SIGNUP as open, invite or a list of domains, and fails fast on anything else', () => {
    expect(parseEnv({}).signupPolicy).toBeUndefined();
    expect(parseEnv({ CADRE_SIGNUP: 'invite' }).signupPolicy).toEqual({ mode: 'invite' });
    expect(parseEnv({ CADRE_SIGNUP: 'domains:gov.cv, MJ.gov.cv' }).signupPolicy).toEqual({ mode: 'domains', domains: ['gov.cv', 'mj.gov.cv'] });
    for (const CADRE_SIGNUP of ['closed', 'domains:', 'domains:not a domain', 'domains']) {
      expect(() => parseEnv({ CADRE_SIGNUP })).toThrow(/Invalid environment: CADRE_SIGNUP: must be open, invite or domains:/);
    }
  });
});
