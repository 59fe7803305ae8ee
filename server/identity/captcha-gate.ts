import type { Kysely } from 'kysely';

import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { type CaptchaEnv, verifyCaptcha } from './captcha.js';

/**
 * Lets a request through only with the right answer to a live captcha; the challenge is spent
 * whatever the answer, so a wrong one needs a new challenge.
 * @throws HttpError captcha_expired (400) for an expired challenge, captcha_wrong (400) otherwise.
 */
export async function requireCaptcha(
  db: Kysely<Database>,
  env: CaptchaEnv,
  answer: { challengeId: string; answer: string },
): Promise<void> {
  const check = await verifyCaptcha(db, env, { id: answer.challengeId, answer: answer.answer });
  if (check.ok) return;
  throw new HttpError(400, check.code === 'expired' ? 'captcha_expired' : 'captcha_wrong');
}
