import { describe, expect, it } from 'vitest';

import { createKabinetApi, methodNames, methods } from '../../shared/contract/index.js';
import { fail, ok } from '../../shared/contract/result.js';

describe('contract', () => {
  it('builds one function per method, grouped by namespace, forwarding name and input', async () => {
    const calls: [string, unknown][] = [];
    const api = createKabinetApi(
      async (method, input) => {
        calls.push([method, input]);
        return ok({}) as never;
      },
      () => () => {},
    );
    for (const name of methodNames) {
      const [ns, fn] = name.split('.') as [string, string];
      const call = (api as unknown as Record<string, Record<string, (i: unknown) => unknown>>)[
        ns
      ]?.[fn];
      expect(typeof call).toBe('function');
      await call?.({ probe: name });
    }
    expect(calls.map(([m]) => m)).toEqual(methodNames);
    expect(calls.every(([m, i]) => (i as { probe: string }).probe === m)).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('rejects unknown fields and oversized values at the schema level', () => {
    expect(
      methods['session.signIn'].input.safeParse({ login: 'a', password: 'b', extra: 1 }).success,
    ).toBe(false);
    expect(
      methods['session.signIn'].input.safeParse({ login: 'x'.repeat(65), password: 'b' }).success,
    ).toBe(false);
    expect(
      methods['device.enrol'].input.safeParse({
        centralUrl: 'file:///etc/passwd',
        code: 'ABCD-EFGH-JKMN',
      }).success,
    ).toBe(false);
    expect(
      methods['device.enrol'].input.safeParse({
        centralUrl: 'https://erc.example/',
        code: 'ABCD-EFGH-JKMN',
      }).success,
    ).toBe(true);
  });

  it('turns an error code into a message key', () => {
    expect(fail('invalid_credentials')).toEqual({
      ok: false,
      error: { code: 'invalid_credentials', messageKey: 'errors.invalid_credentials' },
    });
  });
});
