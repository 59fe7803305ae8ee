// Malformed and hostile input to every settings method with a resident signed in (the
// dispatcher fuzz covers them signed out): a Result with a contract code every time, never
// 'internal', never a crash, nothing logged as an error.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

import { type MethodName, methods } from '../../../../shared/contract/methods.js';
import { errorCodes } from '../../../../shared/contract/result.js';
import { openSettingsWorld, type SettingsWorld } from './support.js';

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom('', ' ', '+7', '8 900', 'a@b', 'x@example.ru', '000000', '../../etc', '%00'),
);
const id = fc.oneof(fc.uuid(), text);
const nearInput = fc.oneof(
  fc.anything(),
  fc.record(
    {
      current: text,
      next: text,
      email: text,
      phone: text,
      changeId: id,
      code: text,
      mailing: fc.oneof(fc.boolean(), text),
      login: text,
      password: text,
      accountId: fc.oneof(fc.integer({ min: -5, max: 2 ** 32 }), fc.double(), text),
    },
    { requiredKeys: [] },
  ),
);

/** Inputs with exactly each method's keys, so most pass the schema and reach the central. */
const shaped: Record<string, fc.Arbitrary<unknown>> = {
  'settings.get': fc.constant({}),
  'settings.changePassword': fc.record({ current: text, next: text }),
  'settings.changeEmail': fc.record({ email: text }),
  'settings.changePhone': fc.record({ phone: text }),
  'settings.resendPhoneCode': fc.record({ changeId: id }),
  'settings.verifyPhone': fc.record({ changeId: id, code: text }),
  'settings.setConsent': fc.record({ mailing: fc.boolean() }),
  'settings.addAccount': fc.record({ login: text, password: text }),
  'settings.removeAccount': fc.record({ accountId: fc.integer({ min: 1, max: 2 ** 31 - 1 }) }),
  'sandbox.messages': fc.constant({}),
};

const settingsMethodNames = Object.keys(methods).filter(
  (name) => name.startsWith('settings.') || name === 'sandbox.messages',
) as MethodName[];

describe('fuzz: settings methods with a session', () => {
  let world: SettingsWorld;
  beforeAll(async () => {
    world = await openSettingsWorld('pglite', inject('postgresUrl'));
    await world.signIn();
  });
  afterAll(() => world.close());

  it('covers every settings method', () => {
    expect(Object.keys(shaped).sort()).toEqual([...settingsMethodNames].sort());
  });

  it.each(settingsMethodNames)('%s', async (method) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nearInput, shaped[method]!, shaped[method]!), async (input) => {
        const result = await world.device.raw(method, input);
        if (!methods[method].input.safeParse(input).success) {
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        } else if (!result.ok) {
          expect(errorCodes).toContain(result.error.code);
          expect(result.error.code).not.toBe('internal');
        } else {
          expect(methods[method].output.safeParse(result.value).success).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('logged no error, and the session is still there', async () => {
    expect(world.device.logs.filter((l) => l.level === 'error')).toEqual([]);
    expect(await world.device.call('session.get')).not.toBeNull();
  });
});
