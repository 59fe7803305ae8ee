import { describe, expect, it } from 'vitest';

import { ConfigError, loadCentralConfig } from '../../server/config.js';

describe('central configuration from the environment', () => {
  it('applies the documented defaults to an empty environment', () => {
    expect(loadCentralConfig({})).toEqual({
      databaseUrl: undefined,
      pgliteDir: '.kabinet-data/central',
      host: '127.0.0.1',
      port: 8080,
      adminToken: undefined,
      logLevel: 'info',
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      demoAccounts: 300,
      delivery: {
        smtpUrl: undefined,
        mailFrom: 'Единый личный кабинет <no-reply@kabinet.example>',
        smsProvider: 'sandbox',
        smsRuApiId: undefined,
        smsRuUrl: 'https://sms.ru',
      },
      codes: { length: 6, ttlMinutes: 10, resendSeconds: 60, secret: undefined },
    });
  });

  it('reads every variable', () => {
    const config = loadCentralConfig({
      DATABASE_URL: 'postgres://kabinet@db.internal:5432/kabinet',
      KABINET_PGLITE_DIR: '/var/lib/kabinet',
      HOST: '0.0.0.0',
      PORT: '0',
      KABINET_ADMIN_TOKEN: 'a'.repeat(24),
      LOG_LEVEL: 'warn',
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_HOURS: '8',
      KABINET_DEMO_ACCOUNTS: '5000',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://kabinet@db.internal:5432/kabinet',
      port: 0,
      adminToken: 'a'.repeat(24),
      logLevel: 'warn',
      sessionIdleMinutes: 15,
      sessionAbsoluteHours: 8,
      demoAccounts: 5000,
    });
  });

  it('treats blank variables as unset', () => {
    expect(
      loadCentralConfig({ DATABASE_URL: '', PORT: '', KABINET_ADMIN_TOKEN: '' }),
    ).toMatchObject({
      databaseUrl: undefined,
      port: 8080,
      adminToken: undefined,
    });
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    [
      'PORT',
      { PORT: 'http' },
      /^Invalid configuration: PORT must be an integer from 0 to 65535\.$/,
    ],
    ['PORT', { PORT: '70000' }, /PORT must be an integer from 0 to 65535/],
    [
      'DATABASE_URL',
      { DATABASE_URL: 'mysql://x/y' },
      /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/,
    ],
    [
      'KABINET_ADMIN_TOKEN',
      { KABINET_ADMIN_TOKEN: 'short' },
      /KABINET_ADMIN_TOKEN must be a secret of at least 24 characters/,
    ],
    [
      'LOG_LEVEL',
      { LOG_LEVEL: 'loud' },
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    ],
    [
      'SESSION_IDLE_MINUTES',
      { SESSION_IDLE_MINUTES: '0' },
      /SESSION_IDLE_MINUTES must be an integer number of minutes/,
    ],
    [
      'SESSION_ABSOLUTE_HOURS',
      { SESSION_ABSOLUTE_HOURS: '1.5' },
      /SESSION_ABSOLUTE_HOURS must be an integer number of hours/,
    ],
    [
      'KABINET_DEMO_ACCOUNTS',
      { KABINET_DEMO_ACCOUNTS: '-3' },
      /KABINET_DEMO_ACCOUNTS must be an integer from 100 to 1000000/,
    ],
  ];
  it.each(bad)('refuses a bad %s with a one-line message naming it', (_name, env, message) => {
    const attempt = () => loadCentralConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('never echoes a rejected secret', () => {
    expect(() => loadCentralConfig({ KABINET_ADMIN_TOKEN: 'sekret-but-short' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sekret') }),
    );
  });

  it('names every bad variable at once', () => {
    expect(() => loadCentralConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(
      /PORT must .*; LOG_LEVEL must/,
    );
  });
});
