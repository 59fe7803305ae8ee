import type { Kysely, Transaction, Updateable } from 'kysely';

import type { Database } from '../db/schema.js';
import { digestsEqual, keyedHash } from './keyed-hash.js';
import {
  type CodeChannel,
  type CodePurpose,
  newDigitCode,
  newLinkToken,
  normalizeAnswer,
  type OneTimeCodePolicy,
} from './otp-policy.js';

/** What issuing and checking need besides the database: the time, the HMAC key, the policy. */
export interface CodeEnv {
  now: Date;
  key: Buffer;
  policy: OneTimeCodePolicy;
}

export interface IssueCodeInput {
  purpose: CodePurpose;
  /** The flow's request (a UUID the caller made, e.g. a pending registration's id). */
  requestId: string;
  channel: CodeChannel;
  /** E.164 phone for sms, the address for email. */
  recipient: string;
}

export type IssueCodeResult =
  | { ok: true; secret: string; kind: 'code' | 'link'; expiresAt: Date; resendAt: Date }
  | { ok: false; code: 'cooldown'; retryAfterSeconds: number }
  | { ok: false; code: 'locked' | 'used' | 'too_many_sends' | 'request_mismatch' };

export type VerifyCodeResult =
  | { ok: true; channel: CodeChannel; recipient: string }
  | { ok: false; code: 'wrong'; attemptsLeft: number }
  | { ok: false; code: 'not_found' | 'expired' | 'used' | 'locked' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STALE_AFTER_MS = 24 * 3_600_000;

type Key = { purpose: CodePurpose; requestId: string };

function hashOf(key: Buffer, at: Key, channel: CodeChannel, secret: string): string {
  return keyedHash(key, ['otp', at.purpose, at.requestId.toLowerCase(), channel, secret]);
}

function lockedRow(trx: Transaction<Database>, at: Key) {
  return trx
    .selectFrom('one_time_codes')
    .selectAll()
    .where('request_id', '=', at.requestId)
    .where('purpose', '=', at.purpose)
    .forUpdate()
    .executeTakeFirst();
}

function updateRequest(
  trx: Transaction<Database>,
  at: Key,
  values: Updateable<Database['one_time_codes']>,
) {
  return trx
    .updateTable('one_time_codes')
    .set(values)
    .where('request_id', '=', at.requestId)
    .where('purpose', '=', at.purpose)
    .execute();
}

/** Why a request may not be sent again now, or null when it may. */
function resendRefusal(
  row: NonNullable<Awaited<ReturnType<typeof lockedRow>>>,
  input: IssueCodeInput,
  env: CodeEnv,
): Exclude<IssueCodeResult, { ok: true }> | null {
  if (row.channel !== input.channel || row.recipient !== input.recipient) {
    return { ok: false, code: 'request_mismatch' };
  }
  if (row.used_at) return { ok: false, code: 'used' };
  if (row.locked_at) return { ok: false, code: 'locked' };
  const waitMs =
    new Date(row.sent_at).getTime() + env.policy.resendSeconds * 1000 - env.now.getTime();
  if (waitMs > 0)
    return { ok: false, code: 'cooldown', retryAfterSeconds: Math.ceil(waitMs / 1000) };
  if (row.sends >= env.policy.maxSends) return { ok: false, code: 'too_many_sends' };
  return null;
}

/**
 * Issues the secret of a request: a digit code for sms, a link token for email. The first call
 * for (purpose, requestId) creates it; a later call is a resend that replaces the secret (the old
 * one stops working) once the cooldown has passed. Failed attempts carry over, so resending
 * never buys more guesses. Only the HMAC is stored; the plaintext is returned this once.
 * @throws TypeError when requestId is not a UUID or the recipient is empty, too long or has control characters.
 */
export async function issueOneTimeCode(
  db: Kysely<Database>,
  env: CodeEnv,
  input: IssueCodeInput,
): Promise<IssueCodeResult> {
  if (!UUID.test(input.requestId)) throw new TypeError('requestId must be a UUID');
  if (!/^\P{Cc}{1,254}$/u.test(input.recipient)) {
    throw new TypeError('recipient must be 1 to 254 characters, none of them control characters');
  }
  const kind: 'code' | 'link' = input.channel === 'sms' ? 'code' : 'link';
  const secret = kind === 'code' ? newDigitCode(env.policy.length) : newLinkToken();
  const secretHash = hashOf(env.key, input, input.channel, secret);
  // A link names its request, so the page it opens needs nothing but the token.
  const given = kind === 'code' ? secret : `${input.requestId.toLowerCase()}.${secret}`;
  const expiresAt = new Date(env.now.getTime() + env.policy.ttlMinutes * 60_000);
  const resendAt = new Date(env.now.getTime() + env.policy.resendSeconds * 1000);
  const issued = { ok: true as const, secret: given, kind, expiresAt, resendAt };
  const result = await db.transaction().execute(async (trx): Promise<IssueCodeResult> => {
    const inserted = await trx
      .insertInto('one_time_codes')
      .values({
        request_id: input.requestId,
        purpose: input.purpose,
        channel: input.channel,
        recipient: input.recipient,
        secret_hash: secretHash,
        created_at: env.now,
        sent_at: env.now,
        expires_at: expiresAt,
      })
      .onConflict((conflict) => conflict.columns(['request_id', 'purpose']).doNothing())
      .returning('sends')
      .executeTakeFirst();
    if (inserted) return issued;
    const row = await lockedRow(trx, input);
    if (!row) return { ok: false, code: 'request_mismatch' };
    const refusal = resendRefusal(row, input, env);
    if (refusal) return refusal;
    await updateRequest(trx, input, {
      secret_hash: secretHash,
      sent_at: env.now,
      expires_at: expiresAt,
      sends: row.sends + 1,
    });
    return issued;
  });
  await purgeStaleCodes(db, env.now);
  return result;
}

/**
 * Checks an answer against the request's secret, for that purpose only. Right: the secret is
 * used up. Wrong: one attempt is spent; the last allowed wrong answer locks the request. The
 * digests are compared in constant time. Used, locked and expired requests answer so without
 * comparing anything.
 */
export async function verifyOneTimeCode(
  db: Kysely<Database>,
  env: CodeEnv,
  input: { purpose: CodePurpose; requestId: string; answer: string },
): Promise<VerifyCodeResult> {
  if (!UUID.test(input.requestId)) return { ok: false, code: 'not_found' };
  return db.transaction().execute(async (trx): Promise<VerifyCodeResult> => {
    const row = await lockedRow(trx, input);
    if (!row) return { ok: false, code: 'not_found' };
    if (row.used_at) return { ok: false, code: 'used' };
    if (row.locked_at) return { ok: false, code: 'locked' };
    if (env.now.getTime() >= new Date(row.expires_at).getTime())
      return { ok: false, code: 'expired' };
    const answer = normalizeAnswer(row.channel, input.answer, input.requestId);
    if (digestsEqual(hashOf(env.key, input, row.channel, answer), row.secret_hash)) {
      await updateRequest(trx, input, { used_at: env.now });
      return { ok: true, channel: row.channel, recipient: row.recipient };
    }
    const attempts = row.failed_attempts + 1;
    const locked = attempts >= env.policy.maxAttempts;
    await updateRequest(trx, input, {
      failed_attempts: attempts,
      locked_at: locked ? env.now : null,
    });
    return locked
      ? { ok: false, code: 'locked' }
      : { ok: false, code: 'wrong', attemptsLeft: env.policy.maxAttempts - attempts };
  });
}

/**
 * Checks the token of an e-mail link (`<requestId>.<random>`, as issued): the same rules as
 * `verifyOneTimeCode`, for the purpose the link's page stands for.
 */
export function verifyLinkToken(
  db: Kysely<Database>,
  env: CodeEnv,
  input: { purpose: CodePurpose; token: string },
): Promise<VerifyCodeResult> {
  const dot = input.token.indexOf('.');
  const requestId = dot > 0 ? input.token.slice(0, dot) : '';
  return verifyOneTimeCode(db, env, { purpose: input.purpose, requestId, answer: input.token });
}

/** Forgets requests that expired more than a day ago (nothing can be done with them any more). */
export async function purgeStaleCodes(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .deleteFrom('one_time_codes')
    .where('expires_at', '<', new Date(now.getTime() - STALE_AFTER_MS))
    .execute();
}
