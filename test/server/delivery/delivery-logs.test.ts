import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { registrationLinkMail } from '../../../server/delivery/templates/mail.js';
import { registrationCodeSms } from '../../../server/delivery/templates/sms.js';
import { createCaptcha, verifyCaptcha } from '../../../server/identity/captcha.js';
import { issueOneTimeCode } from '../../../server/identity/otp.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { buildTestApp, testClock } from '../harness.js';
import { captureLog } from './support/log-capture.js';
import { startTestSmtpServer } from './support/smtp-test-server.js';

describe.each(backends)('delivery and identity logs on %s', (backend) => {
  let tc: TestCentral;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
  });
  afterAll(() => tc.dispose());

  it('carry outcomes but never message texts, codes, links, captcha answers or SMTP passwords', async () => {
    const { stream, text: logText } = captureLog();
    const clock = testClock();
    const smtp = await startTestSmtpServer();
    const badPassword = 'Неверный-пароль-SMTP-77';
    const app = await buildTestApp(tc.central, clock, { logger: { level: 'trace', stream } });
    const failing = await buildTestApp(tc.central, clock, {
      logger: { level: 'trace', stream },
      config: {
        delivery: {
          ...app.kabinet.config.delivery,
          smtpUrl: smtp.url('kabinet', badPassword),
        },
      },
    });
    const { key, codePolicy } = app.kabinet.identity;
    const env = { now: clock(), key, policy: codePolicy };

    const code = await issueOneTimeCode(tc.central.db, env, {
      purpose: 'registration',
      requestId: randomUUID(),
      channel: 'sms',
      recipient: '+79031234567',
    });
    const link = await issueOneTimeCode(tc.central.db, env, {
      purpose: 'registration',
      requestId: randomUUID(),
      channel: 'email',
      recipient: 'ivanov@mail.example',
    });
    if (!code.ok || !link.ok) throw new Error('not issued');
    const url = `https://lk.example.ru/link/registration?token=${link.secret}`;
    const sms = registrationCodeSms('+79031234567', code.secret);
    const mail = registrationLinkMail({
      to: 'ivanov@mail.example',
      link: url,
      login: 'ivanov',
      validMinutes: 10,
    });
    expect(await app.kabinet.delivery.sms.send(sms)).toMatchObject({ ok: true });
    expect(await app.kabinet.delivery.mailer.send(mail)).toMatchObject({ ok: true });
    expect(await failing.kabinet.delivery.mailer.send(mail)).toMatchObject({
      ok: false,
      code: 'provider_auth',
    });
    expect(await app.kabinet.delivery.sms.send({ to: 'garbage', text: sms.text })).toMatchObject({
      ok: false,
    });
    const listing = await app.inject({ method: 'GET', url: '/api/v1/sandbox/messages' });
    expect(listing.body).toContain(code.secret);

    let captchaAnswer = '';
    const captcha = await createCaptcha(tc.central.db, { now: clock(), key }, () => {
      captchaAnswer = 'HJKMN';
      return { text: captchaAnswer, question: 'Сколько будет два плюс два?', answer: 4 };
    });
    await verifyCaptcha(
      tc.central.db,
      { now: clock(), key },
      { id: captcha.id, answer: captchaAnswer },
    );
    // Anything that slips into a log under these names is censored by the service's redaction.
    app.log.info(
      { text: sms.text, html: mail.html, link: url, secret: code.secret, answer: 'HJKMN' },
      'probe',
    );
    await app.close();
    await failing.close();
    await smtp.close();

    const log = logText();
    expect(log).toContain('"msg":"message sent"');
    expect(log).toContain('"failure":"provider_auth"');
    expect(log).toContain('"failure":"invalid_recipient"');
    expect(log).toContain('[redacted]');
    for (const secret of [
      code.secret,
      link.secret,
      link.secret.split('.')[1]!,
      url,
      captchaAnswer,
      badPassword,
      encodeURIComponent(badPassword),
      'Никому не сообщайте',
      'Завершение регистрации',
      'ivanov@mail.example',
      '79031234567',
    ]) {
      expect(log, secret).not.toContain(secret);
    }
  });
});
