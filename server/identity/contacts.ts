import type { Kysely } from 'kysely';

import { normalizeEmail, normalizeMobilePhone } from '../../shared/domain/identity.js';
import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';

export type ContactKind = 'phone' | 'email';

/**
 * The contact as stored: +79XXXXXXXXX for a phone, the lower-cased address for an e-mail.
 * @throws HttpError phone_invalid / email_invalid (400).
 */
export function normalizeContact(kind: ContactKind, raw: string): string {
  const value = kind === 'phone' ? normalizeMobilePhone(raw) : normalizeEmail(raw);
  if (value === null)
    throw new HttpError(400, kind === 'phone' ? 'phone_invalid' : 'email_invalid');
  return value;
}

/** The newest user with this (normalised) phone or e-mail, or undefined. */
export function findUserByContact(db: Kysely<Database>, kind: ContactKind, contact: string) {
  const query = db.selectFrom('users').select(['id', 'login']).orderBy('id', 'desc').limit(1);
  return (
    kind === 'phone'
      ? query.where('phone', '=', contact)
      : query.where((eb) => eb(eb.fn('lower', ['email']), '=', contact))
  ).executeTakeFirst();
}

/**
 * Refuses a contact another user already has.
 * @throws HttpError contact_taken (409).
 */
export async function ensureContactFree(
  db: Kysely<Database>,
  kind: ContactKind,
  contact: string,
  exceptUserId?: number,
): Promise<void> {
  const owner = await findUserByContact(db, kind, contact);
  if (owner && owner.id !== exceptUserId) throw new HttpError(409, 'contact_taken');
}
