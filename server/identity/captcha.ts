import { randomInt, randomUUID } from 'node:crypto';

import type { Kysely } from 'kysely';

import type { Database } from '../db/schema.js';
import { CAPTCHA_ALPHABET } from './captcha-glyphs.js';
import { renderCaptchaSvg } from './captcha-image.js';
import { parseNumberAnswer, spokenQuestion } from './captcha-question.js';
import { digestsEqual, keyedHash } from './keyed-hash.js';

export const CAPTCHA_TTL_MINUTES = 5;

/** What a challenge is made of before it is stored; only hashes of the answers are kept. */
export interface CaptchaChallenge {
  /** The image's characters (5–6 of CAPTCHA_ALPHABET). */
  text: string;
  /** The accessible alternative of the same challenge, answered by a number. */
  question: string;
  answer: number;
}

/** What the client gets: never the answers. */
export interface CaptchaView {
  id: string;
  svg: string;
  question: string;
  expiresAt: Date;
}

export type CaptchaCheck =
  { ok: true } | { ok: false; code: 'not_found' | 'used' | 'expired' | 'wrong' };

export interface CaptchaEnv {
  now: Date;
  key: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Cyrillic letters typed for their Latin twins on a Russian layout: А→A, С→C, Е→E … */
const TWINS: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  У: 'Y',
};

/** A fresh random challenge: 5 or 6 characters and a spoken question. */
export function generateCaptchaChallenge(): CaptchaChallenge {
  const length = randomInt(5, 7);
  const text = Array.from(
    { length },
    () => CAPTCHA_ALPHABET[randomInt(0, CAPTCHA_ALPHABET.length)],
  ).join('');
  return { text, ...spokenQuestion() };
}

/** The image answer as compared: no spaces, upper case, Cyrillic twins as Latin. */
export function normalizeImageAnswer(answer: string): string {
  return [...answer.replace(/\s+/g, '').toUpperCase()].map((c) => TWINS[c] ?? c).join('');
}

const imageHash = (key: Buffer, id: string, answer: string) =>
  keyedHash(key, ['captcha', id, 'image', answer]);
const questionHash = (key: Buffer, id: string, answer: number | null) =>
  keyedHash(key, ['captcha', id, 'question', answer === null ? '' : String(answer)]);

/**
 * Creates a challenge: stores the HMACs of its two answers with a 5-minute expiry and returns the
 * image and the question. Expired challenges older than an hour are removed on the way.
 */
export async function createCaptcha(
  db: Kysely<Database>,
  env: CaptchaEnv,
  generate: () => CaptchaChallenge = generateCaptchaChallenge,
): Promise<CaptchaView> {
  const challenge = generate();
  const id = randomUUID();
  const expiresAt = new Date(env.now.getTime() + CAPTCHA_TTL_MINUTES * 60_000);
  await db
    .insertInto('captcha_challenges')
    .values({
      id,
      answer_hash: imageHash(env.key, id, normalizeImageAnswer(challenge.text)),
      question_hash: questionHash(env.key, id, challenge.answer),
      created_at: env.now,
      expires_at: expiresAt,
    })
    .execute();
  await db
    .deleteFrom('captcha_challenges')
    .where('expires_at', '<', new Date(env.now.getTime() - 3_600_000))
    .execute();
  return { id, svg: renderCaptchaSvg(challenge.text), question: challenge.question, expiresAt };
}

/**
 * Checks an answer, the image's characters (any case) or the question's number, and consumes the
 * challenge whatever the answer: a wrong answer needs a new challenge.
 */
export async function verifyCaptcha(
  db: Kysely<Database>,
  env: CaptchaEnv,
  input: { id: string; answer: string },
): Promise<CaptchaCheck> {
  if (!UUID.test(input.id)) return { ok: false, code: 'not_found' };
  const id = input.id.toLowerCase();
  const row = await db
    .updateTable('captcha_challenges')
    .set({ used_at: env.now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .returning(['answer_hash', 'question_hash', 'expires_at'])
    .executeTakeFirst();
  if (!row) {
    const known = await db
      .selectFrom('captcha_challenges')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    return { ok: false, code: known ? 'used' : 'not_found' };
  }
  if (env.now.getTime() >= new Date(row.expires_at).getTime())
    return { ok: false, code: 'expired' };
  const imageRight = digestsEqual(
    imageHash(env.key, id, normalizeImageAnswer(input.answer)),
    row.answer_hash,
  );
  const questionRight = digestsEqual(
    questionHash(env.key, id, parseNumberAnswer(input.answer)),
    row.question_hash,
  );
  return imageRight || questionRight ? { ok: true } : { ok: false, code: 'wrong' };
}

/** "Обновить код безопасности": the old challenge is spent and a new one is made. */
export async function refreshCaptcha(
  db: Kysely<Database>,
  env: CaptchaEnv,
  previousId: string | undefined,
  generate: () => CaptchaChallenge = generateCaptchaChallenge,
): Promise<CaptchaView> {
  if (previousId && UUID.test(previousId)) {
    await db
      .updateTable('captcha_challenges')
      .set({ used_at: env.now })
      .where('id', '=', previousId.toLowerCase())
      .where('used_at', 'is', null)
      .execute();
  }
  return createCaptcha(db, env, generate);
}
