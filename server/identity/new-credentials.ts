import type { Kysely } from 'kysely';

import { loginProblems, passwordProblems } from '../../shared/domain/identity.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import { identityErrorMessages, passwordProblemMessages } from './messages.js';

/** True when a user already has this login, compared case-insensitively. */
export async function loginExists(db: Kysely<Database>, login: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['login']), '=', login.trim().toLowerCase()))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A new login, trimmed, when it follows the rules and nobody has it.
 * @throws HttpError login_invalid (400), login_taken (409).
 */
export async function checkNewLogin(db: Kysely<Database>, login: string): Promise<string> {
  const value = login.trim();
  if (loginProblems(value).length > 0) throw new HttpError(400, 'login_invalid');
  if (await loginExists(db, value)) throw new HttpError(409, 'login_taken');
  return value;
}

/**
 * Refuses a password that breaks a rule (shared passwordProblems) or repeats `previous`; the
 * message names the first broken rule.
 * @throws HttpError password_weak (400).
 */
export function checkNewPassword(password: string, login: string, previous?: string): void {
  const [problem] = passwordProblems(password, login);
  if (problem) {
    throw new HttpError(
      400,
      'password_weak',
      `${passwordProblemMessages[problem]} ${identityErrorMessages.password_weak}`,
    );
  }
  if (previous !== undefined && previous === password) {
    throw new HttpError(
      400,
      'password_weak',
      'Новый пароль совпадает с текущим. Придумайте другой пароль.',
    );
  }
}
