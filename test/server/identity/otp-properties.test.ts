import { randomUUID } from 'node:crypto';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { digestsEqual, keyedHash } from '../../../server/identity/keyed-hash.js';
import { issueOneTimeCode, verifyOneTimeCode } from '../../../server/identity/otp.js';
import { newDigitCode, normalizeAnswer } from '../../../server/identity/otp-policy.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { KEY, POLICY } from './support.js';

const START = Date.parse('2025-06-02T09:00:00.000Z');
const at = (ms: number, length = POLICY.length) => ({
  now: new Date(START + ms),
  key: KEY,
  policy: { ...POLICY, length },
});
const sms = () =>
  ({
    purpose: 'phone_change',
    requestId: randomUUID(),
    channel: 'sms',
    recipient: '+79031234567',
  }) as const;

async function issued(tc: TestCentral, length = POLICY.length) {
  const input = sms();
  const result = await issueOneTimeCode(tc.central.db, at(0, length), input);
  if (!result.ok) throw new Error(result.code);
  return { input, code: result.secret };
}

describe.each(backends)('one-time code properties on %s', (backend) => {
  let tc: TestCentral;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
  });
  afterAll(() => tc.dispose());

  it('a code of any configured length is that many digits, and no other answer of its shape passes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 4, max: 10 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        async (length, seeds) => {
          const { input, code } = await issued(tc, length);
          expect(code).toMatch(new RegExp(`^\\d{${length}}$`));
          for (const seed of seeds) {
            const guess = String((Number(code) + 1 + seed) % 10 ** length).padStart(length, '0');
            if (guess === code) continue;
            const result = await verifyOneTimeCode(tc.central.db, at(1000), {
              ...input,
              answer: guess,
            });
            expect(result.ok).toBe(false);
          }
          expect(
            await verifyOneTimeCode(tc.central.db, at(2000), { ...input, answer: code }),
          ).toMatchObject({ ok: true });
        },
      ),
      { numRuns: 15 },
    );
  });

  it('n wrong answers leave 5 − n attempts; from the fifth on, the request stays locked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 8 }), async (wrongCount) => {
        const { input, code } = await issued(tc);
        const wrong = { ...input, answer: code === '000000' ? '000001' : '000000' };
        for (let n = 1; n <= wrongCount; n += 1) {
          const result = await verifyOneTimeCode(tc.central.db, at(n * 1000), wrong);
          expect(result).toEqual(
            n < 5
              ? { ok: false, code: 'wrong', attemptsLeft: 5 - n }
              : { ok: false, code: 'locked' },
          );
        }
        const right = await verifyOneTimeCode(tc.central.db, at(60_000), {
          ...input,
          answer: code,
        });
        expect(right.ok).toBe(wrongCount < 5);
      }),
      { numRuns: 15 },
    );
  });

  it('the right code passes exactly while less than 10 minutes have gone by', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 20 * 60_000 }), async (elapsed) => {
        const { input, code } = await issued(tc);
        const result = await verifyOneTimeCode(tc.central.db, at(elapsed), {
          ...input,
          answer: code,
        });
        expect(result).toEqual(
          elapsed < 10 * 60_000
            ? expect.objectContaining({ ok: true })
            : { ok: false, code: 'expired' },
        );
      }),
      { numRuns: 20 },
    );
  });

  it('a resend before the cooldown names the whole seconds left, 1 to 60', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 59_999 }), async (elapsed) => {
        const { input } = await issued(tc);
        const result = await issueOneTimeCode(tc.central.db, at(elapsed), input);
        expect(result).toEqual({
          ok: false,
          code: 'cooldown',
          retryAfterSeconds: Math.ceil((60_000 - elapsed) / 1000),
        });
      }),
      { numRuns: 20 },
    );
  });
});

describe('code and digest rules', () => {
  it('new codes are exactly the asked number of digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (length) => {
        expect(newDigitCode(length)).toMatch(new RegExp(`^\\d{${length}}$`));
      }),
    );
  });

  it('spaces and dashes typed into a code are ignored', () => {
    const separators = fc
      .array(fc.constantFrom(' ', '-', '\t'), { maxLength: 2 })
      .map((s) => s.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 4, maxLength: 10 }),
        fc.array(separators, { minLength: 11, maxLength: 11 }),
        (digits, gaps) => {
          const typed = digits.map((d, i) => `${gaps[i]}${d}`).join('') + gaps[10];
          expect(normalizeAnswer('sms', typed, randomUUID())).toBe(digits.join(''));
        },
      ),
    );
  });

  it('digests are equal exactly when their inputs are', () => {
    const part = fc.string({ maxLength: 20 }).filter((s) => !s.includes('\u0000'));
    fc.assert(
      fc.property(
        fc.array(part, { minLength: 1, maxLength: 4 }),
        fc.array(part, { minLength: 1, maxLength: 4 }),
        (a, b) => {
          const same = a.length === b.length && a.every((x, i) => x === b[i]);
          expect(digestsEqual(keyedHash(KEY, a), keyedHash(KEY, b))).toBe(same);
        },
      ),
    );
    expect(digestsEqual('abcd', 'abcdef')).toBe(false);
  });
});
