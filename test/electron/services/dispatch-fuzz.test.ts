import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { methodNames, methods } from '../../../shared/contract/methods.js';
import { errorCodes } from '../../../shared/contract/result.js';
import { deviceFolder, type FixtureCentral, startFixtureCentral } from './support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from './support/services.js';

/** Only the test central may be reached: a fuzzed URL must never leave the machine. */
const localOnlyFetch: typeof fetch = async (input, init) => {
  const url = new URL(
    typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
  );
  if (url.hostname !== '127.0.0.1') throw new TypeError(`fetch refused for ${url.hostname}`);
  return fetch(input, init);
};

/** Inputs near each method's schema: right keys with wrong, odd or hostile values. */
const nearInput = fc.oneof(
  fc.anything(),
  fc.constant({}),
  fc.record(
    { accountId: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)) },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      login: fc.oneof(fc.string(), fc.constant('ivanova'), fc.integer()),
      password: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('')),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      centralUrl: fc.oneof(
        fc.webUrl(),
        fc.string(),
        fc.constant('javascript:alert(1)'),
        fc.constant('file:///etc/passwd'),
      ),
      code: fc.string({ maxLength: 40 }),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(fc.string(), fc.anything()),
);

describe('fuzz: every contract method, real services, arbitrary input → a Result, never a throw', () => {
  let central: FixtureCentral;
  let device: ServicesUnderTest;
  const folder = deviceFolder();

  beforeAll(async () => {
    central = await startFixtureCentral({ accounts: 3 });
    device = await servicesUnderTest({
      userDataDir: folder.dir,
      secretStore: folder.secrets,
      centralUrl: central.running.url,
      fetch: localOnlyFetch,
    });
    await device.services.start();
    const { code } = await central.running.issueEnrolmentCode('kiosk', 'orenburg');
    await device.call('device.enrol', { centralUrl: central.running.url, code });
  });
  afterAll(async () => {
    await device.services.stop();
    await central.close();
    folder.cleanup();
  });

  it.each(methodNames)('%s', async (method) => {
    await fc.assert(
      fc.asyncProperty(nearInput, async (input) => {
        const result = await device.raw(method, input);
        expect(typeof result.ok).toBe('boolean');
        if (!methods[method].input.safeParse(input).success) {
          expect(result).toEqual({
            ok: false,
            error: { code: 'invalid_input', messageKey: 'errors.invalid_input' },
          });
        } else if (!result.ok) {
          expect(errorCodes).toContain(result.error.code);
          expect(result.error.code).not.toBe('internal');
        } else {
          expect(methods[method].output.safeParse(result.value).success).toBe(true);
        }
      }),
      { numRuns: method === 'session.signIn' ? 60 : 150 },
    );
  });

  it('nothing was logged as an internal failure', () => {
    expect(device.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
