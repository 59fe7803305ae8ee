import { randomBytes, randomUUID } from 'node:crypto';

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import {
  issueOneTimeCode,
  type IssueCodeResult,
  verifyLinkToken,
  verifyOneTimeCode,
} from '../../../server/identity/otp.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { testClock } from '../harness.js';
import { codeEnvAt, otherCode, POLICY } from './support.js';

const PHONE = '+79031234567';

function secretOf(result: IssueCodeResult): string {
  if (!result.ok) throw new Error(`not issued: ${result.code}`);
  return result.secret;
}

describe.each(backends)('one-time codes on %s', (backend) => {
  let tc: TestCentral;
  const clock = testClock();
  const env = () => codeEnvAt(clock);
  const db = () => tc.central.db;
  const sms = (requestId: string = randomUUID()) =>
    ({ purpose: 'registration', requestId, channel: 'sms', recipient: PHONE }) as const;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
  });
  afterAll(() => tc.dispose());

  it('issues a 6-digit code once, checks it once, then answers used', async () => {
    const input = sms();
    const issued = await issueOneTimeCode(db(), env(), input);
    expect(issued).toMatchObject({
      ok: true,
      kind: 'code',
      secret: expect.stringMatching(/^\d{6}$/),
    });
    if (!issued.ok) return;
    expect(issued.expiresAt.getTime() - clock().getTime()).toBe(10 * 60_000);
    expect(issued.resendAt.getTime() - clock().getTime()).toBe(60_000);
    const check = { purpose: input.purpose, requestId: input.requestId, answer: issued.secret };
    expect(await verifyOneTimeCode(db(), env(), check)).toEqual({
      ok: true,
      channel: 'sms',
      recipient: PHONE,
    });
    expect(await verifyOneTimeCode(db(), env(), check)).toEqual({ ok: false, code: 'used' });
    expect(
      await issueOneTimeCode(
        db(),
        codeEnvAt(() => new Date(clock().getTime() + 120_000)),
        input,
      ),
    ).toEqual({
      ok: false,
      code: 'used',
    });
  });

  it('accepts the code typed with spaces or dashes', async () => {
    const input = sms();
    const code = secretOf(await issueOneTimeCode(db(), env(), input));
    const typed = `${code.slice(0, 3)} - ${code.slice(3)}`;
    expect(await verifyOneTimeCode(db(), env(), { ...input, answer: typed })).toMatchObject({
      ok: true,
    });
  });

  it('expires after 10 minutes: the right code then answers expired', async () => {
    const input = sms();
    const code = secretOf(await issueOneTimeCode(db(), env(), input));
    clock.advanceMinutes(10);
    expect(await verifyOneTimeCode(db(), env(), { ...input, answer: code })).toEqual({
      ok: false,
      code: 'expired',
    });
  });

  it('counts wrong codes down and locks the request at the fifth; then even the right code is refused', async () => {
    const input = sms();
    const code = secretOf(await issueOneTimeCode(db(), env(), input));
    const wrong = { ...input, answer: otherCode(code) };
    for (const left of [4, 3, 2, 1]) {
      expect(await verifyOneTimeCode(db(), env(), wrong)).toEqual({
        ok: false,
        code: 'wrong',
        attemptsLeft: left,
      });
    }
    expect(await verifyOneTimeCode(db(), env(), wrong)).toEqual({ ok: false, code: 'locked' });
    expect(await verifyOneTimeCode(db(), env(), { ...input, answer: code })).toEqual({
      ok: false,
      code: 'locked',
    });
    clock.advanceMinutes(2);
    expect(await issueOneTimeCode(db(), env(), input)).toEqual({ ok: false, code: 'locked' });
  });

  it('is bound to its request and its purpose', async () => {
    const input = sms();
    const code = secretOf(await issueOneTimeCode(db(), env(), input));
    expect(
      await verifyOneTimeCode(db(), env(), { ...input, requestId: randomUUID(), answer: code }),
    ).toEqual({
      ok: false,
      code: 'not_found',
    });
    expect(
      await verifyOneTimeCode(db(), env(), { ...input, purpose: 'recovery', answer: code }),
    ).toEqual({
      ok: false,
      code: 'not_found',
    });
    expect(
      await verifyOneTimeCode(db(), env(), { ...input, requestId: 'not-a-uuid', answer: code }),
    ).toEqual({
      ok: false,
      code: 'not_found',
    });
    // the same request id may carry another purpose, with its own code
    const recovery = secretOf(
      await issueOneTimeCode(db(), env(), { ...input, purpose: 'recovery' }),
    );
    expect(await verifyOneTimeCode(db(), env(), { ...input, answer: recovery })).toMatchObject({
      ok: false,
    });
    expect(await verifyOneTimeCode(db(), env(), { ...input, answer: code })).toMatchObject({
      ok: true,
    });
  });

  it('does not verify under another server key', async () => {
    const input = sms();
    const code = secretOf(await issueOneTimeCode(db(), env(), input));
    expect(
      await verifyOneTimeCode(db(), codeEnvAt(clock, randomBytes(32)), { ...input, answer: code }),
    ).toEqual({
      ok: false,
      code: 'wrong',
      attemptsLeft: 4,
    });
  });

  it('refuses a resend before the cooldown with the seconds left; a resend replaces the code', async () => {
    const input = sms();
    const first = secretOf(await issueOneTimeCode(db(), env(), input));
    clock.set(new Date(clock().getTime() + 15_500).toISOString());
    expect(await issueOneTimeCode(db(), env(), input)).toEqual({
      ok: false,
      code: 'cooldown',
      retryAfterSeconds: 45,
    });
    clock.set(new Date(clock().getTime() + 44_500).toISOString());
    const second = await issueOneTimeCode(db(), env(), input);
    expect(second.ok).toBe(true);
    const secondCode = secretOf(second);
    if (secondCode !== first) {
      expect(await verifyOneTimeCode(db(), env(), { ...input, answer: first })).toMatchObject({
        code: 'wrong',
      });
    }
    expect(await verifyOneTimeCode(db(), env(), { ...input, answer: secondCode })).toMatchObject({
      ok: true,
    });
  });

  it('keeps failed attempts across resends, so a resend buys no guesses', async () => {
    const input = sms();
    let code = secretOf(await issueOneTimeCode(db(), env(), input));
    for (let i = 0; i < 4; i += 1)
      await verifyOneTimeCode(db(), env(), { ...input, answer: otherCode(code) });
    clock.advanceMinutes(1);
    code = secretOf(await issueOneTimeCode(db(), env(), input));
    expect(await verifyOneTimeCode(db(), env(), { ...input, answer: otherCode(code) })).toEqual({
      ok: false,
      code: 'locked',
    });
  });

  it('allows at most 5 sends per request', async () => {
    const input = sms();
    for (let i = 0; i < POLICY.maxSends; i += 1) {
      expect((await issueOneTimeCode(db(), env(), input)).ok).toBe(true);
      clock.advanceMinutes(1);
    }
    expect(await issueOneTimeCode(db(), env(), input)).toEqual({
      ok: false,
      code: 'too_many_sends',
    });
  });

  it('refuses to resend a request to another recipient or channel', async () => {
    const input = sms();
    await issueOneTimeCode(db(), env(), input);
    clock.advanceMinutes(1);
    expect(await issueOneTimeCode(db(), env(), { ...input, recipient: '+79990000000' })).toEqual({
      ok: false,
      code: 'request_mismatch',
    });
    expect(
      await issueOneTimeCode(db(), env(), { ...input, channel: 'email', recipient: 'a@b.example' }),
    ).toEqual({
      ok: false,
      code: 'request_mismatch',
    });
  });

  it('stores only an HMAC: neither the code nor a link token appears anywhere in the table', async () => {
    const input = sms();
    const code = secretOf(await issueOneTimeCode(db(), env(), input));
    const link = {
      purpose: 'email_change',
      requestId: randomUUID(),
      channel: 'email',
      recipient: 'new@mail.example',
    } as const;
    const token = secretOf(await issueOneTimeCode(db(), env(), link));
    const dump = await sql<{ row: string }>`SELECT t::text AS row FROM one_time_codes t`.execute(
      db(),
    );
    const text = dump.rows.map((r) => r.row).join('\n');
    expect(text).toContain(input.requestId);
    expect(text).not.toContain(code);
    expect(text).not.toContain(token.split('.')[1]);
    const stored = await db()
      .selectFrom('one_time_codes')
      .select('secret_hash')
      .where('request_id', '=', input.requestId)
      .executeTakeFirstOrThrow();
    expect(stored.secret_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('issues e-mail links with a long token that names its request, under the same rules', async () => {
    const link = {
      purpose: 'registration',
      requestId: randomUUID(),
      channel: 'email',
      recipient: 'ivanov@mail.example',
    } as const;
    const issued = await issueOneTimeCode(db(), env(), link);
    expect(issued).toMatchObject({ ok: true, kind: 'link' });
    const token = secretOf(issued);
    expect(token).toMatch(new RegExp(`^${link.requestId}\\.[A-Za-z0-9_-]{43}$`));
    const forged = `${link.requestId}.${'A'.repeat(43)}`;
    expect(await verifyLinkToken(db(), env(), { purpose: 'registration', token: forged })).toEqual({
      ok: false,
      code: 'wrong',
      attemptsLeft: 4,
    });
    expect(await verifyLinkToken(db(), env(), { purpose: 'recovery', token })).toEqual({
      ok: false,
      code: 'not_found',
    });
    expect(
      await verifyLinkToken(db(), env(), { purpose: 'registration', token: 'garbage' }),
    ).toEqual({
      ok: false,
      code: 'not_found',
    });
    expect(await verifyLinkToken(db(), env(), { purpose: 'registration', token })).toEqual({
      ok: true,
      channel: 'email',
      recipient: 'ivanov@mail.example',
    });
    expect(await verifyLinkToken(db(), env(), { purpose: 'registration', token })).toEqual({
      ok: false,
      code: 'used',
    });
  });

  it('lets exactly one of three concurrent checks of the right code win', async () => {
    const input = sms();
    const code = secretOf(await issueOneTimeCode(db(), env(), input));
    const results = await Promise.all(
      [1, 2, 3].map(() => verifyOneTimeCode(db(), env(), { ...input, answer: code })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, code: 'used' },
      { ok: false, code: 'used' },
    ]);
  });

  it('honours a configured length and refuses a request id that is not a UUID or a bad recipient', async () => {
    const code = secretOf(
      await issueOneTimeCode(db(), codeEnvAt(clock, undefined, { ...POLICY, length: 8 }), sms()),
    );
    expect(code).toMatch(/^\d{8}$/);
    await expect(issueOneTimeCode(db(), env(), sms('request-1'))).rejects.toThrow(TypeError);
    await expect(
      issueOneTimeCode(db(), env(), { ...sms(), recipient: '+7903\u0000' }),
    ).rejects.toThrow(TypeError);
    await expect(issueOneTimeCode(db(), env(), { ...sms(), recipient: '' })).rejects.toThrow(
      TypeError,
    );
  });

  it('forgets requests a day after they expired', async () => {
    const input = sms();
    await issueOneTimeCode(db(), env(), input);
    clock.advanceMinutes(10 + 24 * 60 + 1);
    await issueOneTimeCode(db(), env(), sms());
    const left = await db()
      .selectFrom('one_time_codes')
      .select('request_id')
      .where('request_id', '=', input.requestId)
      .execute();
    expect(left).toEqual([]);
  });
});
