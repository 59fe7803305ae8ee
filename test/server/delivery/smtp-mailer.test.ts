import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSmtpMailer, smtpFailureCode } from '../../../server/delivery/smtp-mailer.js';
import { registrationLinkMail } from '../../../server/delivery/templates/mail.js';
import { captureLog } from './support/log-capture.js';
import { findPart, parseMime } from './support/mime.js';
import {
  REFUSED_DOMAIN,
  SMTP_PASSWORD,
  SMTP_USER,
  startSilentServer,
  startTestSmtpServer,
  type TestSmtpServer,
} from './support/smtp-test-server.js';

const FROM = 'Единый личный кабинет <no-reply@kabinet.example>';
const LINK =
  'https://lk.example.ru/link/registration?token=0b6f3c1e-8f0a-4f57-9a43-1f1f6c5b8a11.Zm9vYmFy';

describe('SMTP mailer against a real SMTP server (smtp-server)', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
  });
  afterAll(() => smtp.close());

  it('delivers a Russian registration mail with subject, text and HTML bodies and the link', async () => {
    const { log, text: logText } = captureLog();
    const mailer = createSmtpMailer({ url: smtp.url(), from: FROM, log });
    const mail = registrationLinkMail({
      to: 'ivanov@mail.example',
      link: LINK,
      login: 'ivanov',
      validMinutes: 10,
    });
    const sent = await mailer.send(mail);
    await mailer.close();

    expect(sent).toMatchObject({ ok: true, messageId: expect.stringMatching(/^<.+@.+>$/) });
    const received = smtp.received.at(-1)!;
    expect(received).toMatchObject({
      from: 'no-reply@kabinet.example',
      to: ['ivanov@mail.example'],
      user: SMTP_USER,
    });
    const message = parseMime(received.raw);
    expect(message.headers.get('subject')).toBe('Завершение регистрации в Едином личном кабинете');
    expect(message.headers.get('from')).toContain('Единый личный кабинет');
    const plain = findPart(message, 'text/plain')!.body;
    const html = findPart(message, 'text/html')!.body;
    expect(plain).toContain('Для завершения регистрации перейдите по ссылке');
    expect(plain).toContain(LINK);
    expect(html).toContain('Завершить регистрацию');
    expect(html).toContain(`href="${LINK}"`);
    expect(logText()).toContain('message sent');
    expect(logText()).not.toContain(LINK);
    expect(logText()).not.toContain('ivanov@mail.example');
  });

  it('answers provider_auth for wrong SMTP credentials, and logs no password', async () => {
    const { log, text: logText } = captureLog();
    const mailer = createSmtpMailer({ url: smtp.url(SMTP_USER, 'wrong-пароль'), from: FROM, log });
    const sent = await mailer.send({
      to: 'a@mail.example',
      subject: 'Тема',
      text: 'Текст',
      html: '<p>Текст</p>',
    });
    expect(sent).toEqual({ ok: false, code: 'provider_auth', retryable: false });
    expect(logText()).toContain('"failure":"provider_auth"');
    expect(logText()).not.toContain('wrong-пароль');
    expect(logText()).not.toContain(SMTP_PASSWORD);
  });

  it('answers invalid_recipient when the server refuses the recipient with 550', async () => {
    const { log } = captureLog();
    const mailer = createSmtpMailer({ url: smtp.url(), from: FROM, log });
    const sent = await mailer.send({
      to: `x@${REFUSED_DOMAIN}`,
      subject: 'Тема',
      text: 'Текст',
      html: '<p>Текст</p>',
    });
    expect(sent).toEqual({ ok: false, code: 'invalid_recipient', retryable: false });
  });

  it('answers provider_unavailable when nothing listens', async () => {
    const closed = await startTestSmtpServer();
    const url = closed.url();
    await closed.close();
    const mailer = createSmtpMailer({ url, from: FROM, log: captureLog().log });
    const sent = await mailer.send({
      to: 'a@mail.example',
      subject: 'Т',
      text: 'Т',
      html: '<p>Т</p>',
    });
    expect(sent).toEqual({ ok: false, code: 'provider_unavailable', retryable: true });
  });

  it('answers timeout when the server never greets', async () => {
    const silent = await startSilentServer();
    const mailer = createSmtpMailer({
      url: `smtp://127.0.0.1:${silent.port}`,
      from: FROM,
      log: captureLog().log,
      timeouts: { connectionMs: 2000, greetingMs: 300, socketMs: 2000 },
    });
    const sent = await mailer.send({
      to: 'a@mail.example',
      subject: 'Т',
      text: 'Т',
      html: '<p>Т</p>',
    });
    await silent.close();
    expect(sent).toEqual({ ok: false, code: 'timeout', retryable: true });
  });

  it('maps SMTP reply classes: 4xx is worth retrying, 5xx on the message is a rejection', () => {
    expect(smtpFailureCode({ code: 'EENVELOPE', responseCode: 451 })).toBe('provider_unavailable');
    expect(smtpFailureCode({ code: 'EMESSAGE', responseCode: 554 })).toBe('message_rejected');
    expect(smtpFailureCode({ code: 'ESOCKET' })).toBe('provider_unavailable');
    expect(smtpFailureCode(new Error('something else'))).toBe('provider_error');
    expect(smtpFailureCode(null)).toBe('provider_error');
  });
});
