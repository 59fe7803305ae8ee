import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSmsRuGateway } from '../../../server/delivery/smsru-gateway.js';
import { smsRuFailureCode } from '../../../server/delivery/smsru-status.js';
import { registrationCodeSms } from '../../../server/delivery/templates/sms.js';
import { captureLog } from './support/log-capture.js';
import { API_ID, startTestSmsRu, type TestSmsRu } from './support/smsru-test-server.js';

describe('SMS.ru gateway against a local server speaking its protocol', () => {
  let smsru: TestSmsRu;
  beforeAll(async () => {
    smsru = await startTestSmsRu();
  });
  afterAll(() => smsru.close());

  const gateway = (log = captureLog().log, apiId = API_ID) =>
    createSmsRuGateway({ apiId, baseUrl: `${smsru.url}/`, log, timeoutMs: 500 });

  it('sends: POST /sms/send with api_id, to, msg and json=1 in the body; answers the sms_id', async () => {
    const { log, text: logText } = captureLog();
    const message = registrationCodeSms('+79031234567', '482913');
    const sent = await gateway(log).send(message);
    expect(sent).toEqual({ ok: true, providerId: expect.stringMatching(/^000000-\d{8}$/) });
    const call = smsru.calls.at(-1)!;
    expect(call).toMatchObject({ method: 'POST', path: '/sms/send', query: '' });
    expect(Object.fromEntries(call.form)).toEqual({
      api_id: API_ID,
      to: '79031234567',
      msg: 'Код 482913 для регистрации в Едином личном кабинете. Никому не сообщайте его.',
      json: '1',
    });
    const logged = logText();
    expect(logged).toContain('message sent');
    expect(logged).toContain('"balance":4122.56');
    for (const secret of ['482913', API_ID, '79031234567', 'Никому'])
      expect(logged).not.toContain(secret);
  });

  it('answers invalid_recipient for the number SMS.ru refuses (202), and logs the status code', async () => {
    smsru.script.set('79990000202', { kind: 'status', code: 202 });
    const { log, text: logText } = captureLog();
    const sent = await gateway(log).send({ to: '+79990000202', text: 'Код 111111' });
    expect(sent).toEqual({ ok: false, code: 'invalid_recipient', retryable: false });
    expect(logText()).toContain('"providerStatus":202');
    expect(logText()).not.toContain('111111');
  });

  it('answers out_of_balance when the account has no money (201)', async () => {
    smsru.script.set('79990000201', { kind: 'status', code: 201 });
    expect(await gateway().send({ to: '+79990000201', text: 'Код 1' })).toMatchObject({
      ok: false,
      code: 'out_of_balance',
    });
  });

  it('answers limit_exceeded and provider_auth for request-level errors', async () => {
    smsru.script.set('79990000206', { kind: 'top-level', code: 206 });
    expect(await gateway().send({ to: '+79990000206', text: 'x' })).toMatchObject({
      code: 'limit_exceeded',
    });
    expect(
      await gateway(undefined, 'wrong-api-id').send({ to: '+79031234567', text: 'x' }),
    ).toMatchObject({
      code: 'provider_auth',
    });
  });

  it('answers provider_unavailable (retryable) for HTTP 500', async () => {
    smsru.script.set('79990000500', { kind: 'http', status: 500 });
    expect(await gateway().send({ to: '+79990000500', text: 'x' })).toEqual({
      ok: false,
      code: 'provider_unavailable',
      retryable: true,
    });
  });

  it('answers timeout (retryable) when SMS.ru does not answer in time', async () => {
    smsru.script.set('79990000999', { kind: 'hang' });
    expect(await gateway().send({ to: '+79990000999', text: 'x' })).toEqual({
      ok: false,
      code: 'timeout',
      retryable: true,
    });
  });

  it('answers provider_error for an answer that is not SMS.ru JSON', async () => {
    smsru.script.set('79990000001', { kind: 'garbage' });
    expect(await gateway().send({ to: '+79990000001', text: 'x' })).toMatchObject({
      code: 'provider_error',
    });
  });

  it('answers provider_unavailable when nothing listens, and invalid_recipient without calling for a malformed number', async () => {
    const down = await startTestSmsRu();
    await down.close();
    const unreachable = createSmsRuGateway({
      apiId: API_ID,
      baseUrl: down.url,
      log: captureLog().log,
    });
    expect(await unreachable.send({ to: '+79031234567', text: 'x' })).toMatchObject({
      code: 'provider_unavailable',
    });
    const before = smsru.calls.length;
    expect(await gateway().send({ to: '8 (903) 123', text: 'x' })).toMatchObject({
      code: 'invalid_recipient',
    });
    expect(smsru.calls.length).toBe(before);
  });

  it('maps every documented status: unknown codes are provider errors', () => {
    expect(smsRuFailureCode(220)).toBe('provider_unavailable');
    expect(smsRuFailureCode(209)).toBe('recipient_blocked');
    expect(smsRuFailureCode(231)).toBe('limit_exceeded');
    expect(smsRuFailureCode(301)).toBe('provider_auth');
    expect(smsRuFailureCode(999)).toBe('provider_error');
  });
});
