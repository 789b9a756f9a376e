import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('applies defaults', () => {
    expect(parseEnv({})).toEqual({
      port: 8080,
      host: undefined,
      dataDir: path.resolve('./data'),
      maxMessageBytes: 4 * 1024 * 1024,
      sqliteSync: 'normal',
      publicOrigin: undefined,
      sessionIdleMs: 14 * 24 * 3600 * 1000,
      smtpUrl: undefined,
      mailFrom: 'Cadre <no-reply@localhost>',
      programs: { chromium: undefined, libreOffice: undefined },
    });
  });

  it('reads overrides', () => {
    const env = parseEnv({ PORT: '9000', CADRE_DATA_DIR: '/tmp/x', CADRE_SQLITE_SYNC: 'full' });
    expect([env.port, env.dataDir, env.sqliteSync]).toEqual([9000, '/tmp/x', 'full']);
  });

  it('normalises the public origin', () => {
    expect(parseEnv({ CADRE_PUBLIC_ORIGIN: 'https://cadre.example.org/' }).publicOrigin).toBe('https://cadre.example.org');
  });

  it.each([{ CADRE_CHROMIUM_PATH: 'chromium' }, { CADRE_PUBLIC_ORIGIN: 'javascript:alert(1)' }, { PORT: 'abc' }, { PORT: '70000' }, { CADRE_SQLITE_SYNC: 'off' }, { CADRE_MAX_MESSAGE_BYTES: '10' }])(
    'fails fast with a clear message on %o',
    (source) => {
      expect(() => parseEnv(source)).toThrow(/Invalid environment: (PORT|CADRE_)/);
    },
  );
});
