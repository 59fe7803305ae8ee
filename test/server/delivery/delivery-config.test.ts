import { describe, expect, it } from 'vitest';

import { ConfigError, loadCentralConfig } from '../../../server/config.js';
import { smtpConnection } from '../../../server/delivery/smtp-mailer.js';

describe('delivery and code configuration', () => {
  it('defaults to both sandboxes and 6-digit codes for 10 minutes with a 60 s cooldown', () => {
    const config = loadCentralConfig({});
    expect(config.delivery).toEqual({
      smtpUrl: undefined,
      mailFrom: 'Единый личный кабинет <no-reply@kabinet.example>',
      smsProvider: 'sandbox',
      smsRuApiId: undefined,
      smsRuUrl: 'https://sms.ru',
    });
    expect(config.codes).toEqual({
      length: 6,
      ttlMinutes: 10,
      resendSeconds: 60,
      secret: undefined,
    });
  });

  it('reads every delivery and code variable', () => {
    const config = loadCentralConfig({
      KABINET_SMTP_URL: 'smtps://kabinet:p%40ss@mail.example.ru:465',
      KABINET_MAIL_FROM: 'no-reply@erc.example.ru',
      KABINET_SMS_PROVIDER: 'smsru',
      KABINET_SMSRU_API_ID: 'A3CA597E-3ACF-4E7D-82EE-CF82B52B1A8B',
      KABINET_SMSRU_URL: 'http://127.0.0.1:9000',
      KABINET_OTP_LENGTH: '8',
      KABINET_OTP_TTL_MINUTES: '15',
      KABINET_OTP_RESEND_SECONDS: '90',
      KABINET_CODE_SECRET: 's'.repeat(32),
    });
    expect(config.delivery).toEqual({
      smtpUrl: 'smtps://kabinet:p%40ss@mail.example.ru:465',
      mailFrom: 'no-reply@erc.example.ru',
      smsProvider: 'smsru',
      smsRuApiId: 'A3CA597E-3ACF-4E7D-82EE-CF82B52B1A8B',
      smsRuUrl: 'http://127.0.0.1:9000',
    });
    expect(config.codes).toEqual({
      length: 8,
      ttlMinutes: 15,
      resendSeconds: 90,
      secret: 's'.repeat(32),
    });
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    [
      'KABINET_SMTP_URL',
      { KABINET_SMTP_URL: 'http://mail.example.ru' },
      /KABINET_SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
    ],
    ['KABINET_MAIL_FROM', { KABINET_MAIL_FROM: 'nobody' }, /KABINET_MAIL_FROM must be an address/],
    [
      'KABINET_SMS_PROVIDER',
      { KABINET_SMS_PROVIDER: 'twilio' },
      /KABINET_SMS_PROVIDER must be one of smsru, sandbox/,
    ],
    [
      'KABINET_SMSRU_API_ID',
      { KABINET_SMS_PROVIDER: 'smsru' },
      /KABINET_SMSRU_API_ID must be the api_id of an SMS.ru account \(required when KABINET_SMS_PROVIDER=smsru\)/,
    ],
    [
      'KABINET_SMSRU_URL',
      { KABINET_SMSRU_URL: 'sms.ru' },
      /KABINET_SMSRU_URL must be an http\(s\) base URL/,
    ],
    [
      'KABINET_OTP_LENGTH',
      { KABINET_OTP_LENGTH: '3' },
      /KABINET_OTP_LENGTH must be an integer number of digits from 4 to 10/,
    ],
    [
      'KABINET_OTP_TTL_MINUTES',
      { KABINET_OTP_TTL_MINUTES: '0' },
      /KABINET_OTP_TTL_MINUTES must be an integer number of minutes/,
    ],
    [
      'KABINET_OTP_RESEND_SECONDS',
      { KABINET_OTP_RESEND_SECONDS: '5' },
      /KABINET_OTP_RESEND_SECONDS must be an integer number of seconds/,
    ],
    [
      'KABINET_CODE_SECRET',
      { KABINET_CODE_SECRET: 'short-secret' },
      /KABINET_CODE_SECRET must be a secret of at least 32 characters/,
    ],
  ];
  it.each(bad)('refuses a bad %s with a one-line message naming it', (_name, env, message) => {
    const attempt = () => loadCentralConfig(env);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(/^Invalid configuration: [^\n]+\.$/);
  });

  it.each([
    ['KABINET_SMTP_URL', 'smtp://user:Секрет-42@ bad host', 'Секрет-42'],
    ['KABINET_SMSRU_API_ID', 'api id with spaces', 'api id with spaces'],
    ['KABINET_CODE_SECRET', 'short-but-secret', 'short-but-secret'],
  ])('never echoes a rejected %s', (variable, value, secret) => {
    const attempt = () => loadCentralConfig({ [variable]: value });
    expect(attempt).toThrow(new RegExp(`${variable} must`));
    expect(attempt).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secret) }),
    );
  });

  it('takes host, port, TLS and decoded credentials from an SMTP URL', () => {
    expect(smtpConnection('smtps://kabinet:p%40ss%3Aw@mail.example.ru')).toEqual({
      host: 'mail.example.ru',
      port: 465,
      secure: true,
      auth: { user: 'kabinet', pass: 'p@ss:w' },
    });
    expect(smtpConnection('smtp://[::1]:2525')).toEqual({ host: '::1', port: 2525, secure: false });
    expect(smtpConnection('smtp://relay.example.ru')).toMatchObject({ port: 587, secure: false });
  });
});
