// The delivery sandbox's viewer on the device (sandbox.messages): what the central's sandbox
// "sent", newest first, with the links of e-mails picked out; where the central sends for real
// there is nothing to list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { linksIn } from '../../../../electron/services/settings/sandbox-view.js';
import { type RunningCentral, startCentralService } from '../../../../server/start.js';
import { seedRegion } from '../../../support/central-fixture.js';
import { deviceFolder } from '../support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from '../support/services.js';
import { expectFailure } from './support.js';

describe('links in a message', () => {
  it('finds http(s) links once each, without the sentence’s punctuation', () => {
    const text =
      'Откройте http://127.0.0.1:4100/link/email?token=ab.cd-EF_1. Или https://lk.example.ru/a, ' +
      'снова http://127.0.0.1:4100/link/email?token=ab.cd-EF_1 и «https://x.example/b»';
    expect(linksIn(text)).toEqual([
      'http://127.0.0.1:4100/link/email?token=ab.cd-EF_1',
      'https://lk.example.ru/a',
      'https://x.example/b',
    ]);
  });

  it('ignores what is not an http(s) link', () => {
    expect(linksIn('javascript:alert(1) file:///etc/passwd ftp://x.example mailto:a@b.ru')).toEqual(
      [],
    );
    expect(linksIn('Код 123456 для регистрации.')).toEqual([]);
  });
});

/** Main services enrolled with `central`. */
async function deviceOf(central: RunningCentral, folder: ReturnType<typeof deviceFolder>) {
  const device = await servicesUnderTest({
    userDataDir: folder.dir,
    secretStore: folder.secrets,
    centralUrl: central.url,
  });
  await device.services.start();
  await seedRegion(central.central, { code: 'orenburg', accounts: 0 });
  const { code } = await central.issueEnrolmentCode('counter', 'orenburg');
  await device.call('device.enrol', { centralUrl: central.url, code });
  return device;
}

describe('sandbox.messages', () => {
  const folders = [deviceFolder(), deviceFolder()];
  let sandboxed: RunningCentral;
  let real: RunningCentral;
  let devices: ServicesUnderTest[];
  beforeAll(async () => {
    sandboxed = await startCentralService({ logLevel: false });
    real = await startCentralService({
      logLevel: false,
      delivery: {
        smtpUrl: 'smtp://127.0.0.1:9',
        mailFrom: 'Единый личный кабинет <no-reply@example.ru>',
        smsProvider: 'smsru',
        smsRuApiId: 'test-api-id',
        smsRuUrl: 'http://127.0.0.1:9',
      },
    });
    devices = [await deviceOf(sandboxed, folders[0]!), await deviceOf(real, folders[1]!)];
  });
  afterAll(async () => {
    for (const device of devices) await device.services.stop();
    await sandboxed.close();
    await real.close();
    for (const folder of folders) folder.cleanup();
  });

  it('lists what the sandbox sent, newest first, with the links of each', async () => {
    const { mailer, sms } = sandboxed.app.kabinet.delivery;
    await sms.send({ to: '+79120000001', text: 'Код 123456 для регистрации.' });
    await mailer.send({
      to: 'a@example.ru',
      subject: 'Подтверждение адреса',
      text: `Перейдите по ссылке ${sandboxed.url}/link/email?token=abc.def.`,
      html: '<p>…</p>',
    });
    const messages = await devices[0]!.call('sandbox.messages');
    expect(messages.map((m) => [m.channel, m.recipient, m.subject])).toEqual([
      ['email', 'a@example.ru', 'Подтверждение адреса'],
      ['sms', '+79120000001', null],
    ]);
    expect(messages[0]!.links).toEqual([`${sandboxed.url}/link/email?token=abc.def`]);
    expect(messages[1]!.links).toEqual([]);
    expect(messages[1]!.text).toBe('Код 123456 для регистрации.');
  });

  it('answers not_found where the central sends for real', async () => {
    expectFailure(await devices[1]!.raw('sandbox.messages', {}), 'not_found');
  });
});
