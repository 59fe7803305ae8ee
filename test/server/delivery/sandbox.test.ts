import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  SANDBOX_MESSAGES_PATH,
  sandboxMessagesResponseSchema,
} from '../../../shared/sync/sandbox-http.js';
import type { DeliveryConfig } from '../../../server/config.js';
import { createDelivery } from '../../../server/delivery/delivery.js';
import {
  createSandboxMailer,
  createSandboxSmsGateway,
  listSandboxMessages,
} from '../../../server/delivery/sandbox.js';
import { recoveryLinkMail } from '../../../server/delivery/templates/mail.js';
import { recoveryCodeSms } from '../../../server/delivery/templates/sms.js';
import { isLoopback } from '../../../server/routes/sandbox.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { buildTestApp, errorCodeOf, testClock } from '../harness.js';
import { captureLog } from './support/log-capture.js';

const sandboxOnly: DeliveryConfig = {
  smtpUrl: undefined,
  mailFrom: 'Единый личный кабинет <no-reply@kabinet.example>',
  smsProvider: 'sandbox',
  smsRuApiId: undefined,
  smsRuUrl: 'https://sms.ru',
};
const realOnly: DeliveryConfig = {
  ...sandboxOnly,
  smtpUrl: 'smtp://user:pass@127.0.0.1:2525',
  smsProvider: 'smsru',
  smsRuApiId: 'test-api-id-0001',
};

describe.each(backends)('delivery sandbox on %s', (backend) => {
  let tc: TestCentral;
  const clock = testClock();
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
  });
  afterAll(() => tc.dispose());

  it('records what it "sends" and lists it newest first, by recipient and channel', async () => {
    const deps = { db: tc.central.db, clock, log: captureLog().log };
    const mailer = createSandboxMailer(deps);
    const sms = createSandboxSmsGateway(deps);
    const link = 'https://lk.example.ru/link/recovery?token=abc.def';
    const mail = recoveryLinkMail({
      to: 'petrov@mail.example',
      link,
      login: 'petrov',
      validMinutes: 10,
    });
    expect(await mailer.send(mail)).toMatchObject({
      ok: true,
      messageId: expect.stringMatching(/^sandbox-\d+$/),
    });
    clock.advanceMinutes(1);
    expect(await sms.send(recoveryCodeSms('+79035550011', '123456'))).toMatchObject({ ok: true });
    clock.advanceMinutes(1);
    expect(await sms.send(recoveryCodeSms('+79035550011', '654321'))).toMatchObject({ ok: true });

    const forPhone = await listSandboxMessages(tc.central.db, {
      recipient: '+79035550011',
      limit: 10,
    });
    expect(forPhone.map((m) => m.text)).toEqual([
      'Код 654321 для восстановления пароля в Едином личном кабинете. Никому не сообщайте его.',
      'Код 123456 для восстановления пароля в Едином личном кабинете. Никому не сообщайте его.',
    ]);
    expect(forPhone[0]).toMatchObject({
      channel: 'sms',
      subject: null,
      html: null,
      createdAt: clock().toISOString(),
    });
    const mails = await listSandboxMessages(tc.central.db, { channel: 'email', limit: 10 });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipient: 'petrov@mail.example', subject: mail.subject });
    expect(mails[0]!.text).toContain(link);
    expect(mails[0]!.html).toContain('Задать новый пароль');
    expect(await listSandboxMessages(tc.central.db, { limit: 1 })).toHaveLength(1);
  });

  it('refuses malformed recipients like a real provider would, and unstorable texts, recording nothing', async () => {
    const deps = { db: tc.central.db, clock, log: captureLog().log };
    const before = (await listSandboxMessages(tc.central.db, { limit: 200 })).length;
    expect(
      await createSandboxSmsGateway(deps).send({ to: '89031234567', text: 'x' }),
    ).toMatchObject({
      code: 'invalid_recipient',
    });
    expect(
      await createSandboxMailer(deps).send({
        to: 'not-an-address',
        subject: 's',
        text: 't',
        html: 'h',
      }),
    ).toMatchObject({ code: 'invalid_recipient' });
    // the database refuses a NUL character: a value, not an exception
    expect(
      await createSandboxSmsGateway(deps).send({ to: '+79031234567', text: 'Код\u0000' }),
    ).toMatchObject({ ok: false, code: 'provider_error' });
    expect((await listSandboxMessages(tc.central.db, { limit: 200 })).length).toBe(before);
  });

  describe('GET /api/v1/sandbox/messages', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await buildTestApp(tc.central, clock);
    });
    afterAll(() => app.close());

    it('lists the messages on a loopback bind while the sandbox is active', async () => {
      const sent = await app.kabinet.delivery.sms.send(recoveryCodeSms('+79035550022', '777111'));
      expect(sent.ok).toBe(true);
      const response = await app.inject({
        method: 'GET',
        url: `${SANDBOX_MESSAGES_PATH}?recipient=%2B79035550022`,
      });
      expect(response.statusCode).toBe(200);
      const body = sandboxMessagesResponseSchema.parse(response.json());
      expect(body.messages.map((m) => m.text)).toEqual([expect.stringContaining('Код 777111')]);
    });

    it('answers 400 with the shared error body for a bad query', async () => {
      for (const query of ['limit=0', 'limit=abc', 'channel=fax', 'unknown=1', 'recipient=%00x']) {
        const response = await app.inject({
          method: 'GET',
          url: `${SANDBOX_MESSAGES_PATH}?${query}`,
        });
        expect(response.statusCode, query).toBe(400);
        expect(errorCodeOf(response)).toBe('invalid_input');
      }
    });

    it('does not exist on a non-loopback bind, nor when both real adapters are configured', async () => {
      const exposed = await buildTestApp(tc.central, clock, { config: { host: '0.0.0.0' } });
      const real = await buildTestApp(tc.central, clock, { config: { delivery: realOnly } });
      try {
        for (const other of [exposed, real]) {
          const response = await other.inject({ method: 'GET', url: SANDBOX_MESSAGES_PATH });
          expect(response.statusCode).toBe(404);
          expect(errorCodeOf(response)).toBe('not_found');
        }
        expect(real.kabinet.delivery.mailer.kind).toBe('smtp');
        expect(real.kabinet.delivery.sms.kind).toBe('smsru');
      } finally {
        await exposed.close();
        await real.close();
      }
    });

    it('refuses a caller that is not on this machine even on a loopback bind', async () => {
      const response = await app.inject({
        method: 'GET',
        url: SANDBOX_MESSAGES_PATH,
        remoteAddress: '10.0.0.7',
      });
      expect(response.statusCode).toBe(404);
    });
  });

  it('chooses adapters from config: sandboxes by default, real ones when configured', () => {
    const deps = { db: tc.central.db, clock, log: captureLog().log };
    const defaults = createDelivery(sandboxOnly, deps);
    expect([defaults.mailer.kind, defaults.sms.kind, defaults.sandboxActive]).toEqual([
      'sandbox',
      'sandbox',
      true,
    ]);
    const mixed = createDelivery({ ...sandboxOnly, smtpUrl: realOnly.smtpUrl }, deps);
    expect([mixed.mailer.kind, mixed.sms.kind, mixed.sandboxActive]).toEqual([
      'smtp',
      'sandbox',
      true,
    ]);
    const real = createDelivery(realOnly, deps);
    expect([real.mailer.kind, real.sms.kind, real.sandboxActive]).toEqual(['smtp', 'smsru', false]);
  });
});

describe('loopback addresses', () => {
  it('are 127.0.0.0/8, ::1, localhost and their IPv4-mapped forms only', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', 'localhost', '::ffff:127.0.0.1']) {
      expect(isLoopback(address), address).toBe(true);
    }
    for (const address of [
      '0.0.0.0',
      '::',
      '10.0.0.1',
      '192.168.1.5',
      '128.0.0.1',
      undefined,
      '',
    ]) {
      expect(isLoopback(address), String(address)).toBe(false);
    }
  });
});
