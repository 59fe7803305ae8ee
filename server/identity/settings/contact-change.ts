import { randomUUID } from 'node:crypto';

import type { Kysely, Selectable } from 'kysely';

import type { ContactChangesTable, Database } from '../../db/schema.js';
import { HttpError } from '../../http/errors.js';
import { lockNames } from '../advisory-lock.js';
import { ensureContactFree } from '../contacts.js';
import { isUuid } from '../flow-rows.js';
import type { SettingsActor } from './profile.js';

export type ContactChangeRow = Selectable<ContactChangesTable>;
type Channel = ContactChangeRow['channel'];

/**
 * A new phone or e-mail waiting for confirmation. Asking for the same address again while it
 * waits returns the same change (a resend); asking for another one retires the older changes.
 */
export async function openContactChange(
  db: Kysely<Database>,
  now: Date,
  actor: SettingsActor,
  channel: Channel,
  contact: string,
  lifetimeMs: number,
): Promise<ContactChangeRow> {
  const waiting = await db
    .selectFrom('contact_changes')
    .selectAll()
    .where('user_id', '=', actor.userId)
    .where('channel', '=', channel)
    .where('confirmed_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (waiting?.contact === contact) return waiting;
  await db
    .updateTable('contact_changes')
    .set({ expires_at: now })
    .where('user_id', '=', actor.userId)
    .where('channel', '=', channel)
    .where('confirmed_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
  return db
    .insertInto('contact_changes')
    .values({
      id: randomUUID(),
      user_id: actor.userId,
      device_id: actor.deviceId,
      channel,
      contact,
      created_at: now,
      expires_at: new Date(now.getTime() + lifetimeMs),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * A waiting change of `channel`; `userId` null for the e-mail link's page (its token proves it).
 * @throws HttpError not_found (404), code_used (410) once confirmed, code_expired (410).
 */
export async function loadContactChange(
  db: Kysely<Database>,
  now: Date,
  id: string,
  channel: Channel,
  userId: number | null,
): Promise<ContactChangeRow> {
  const row = isUuid(id)
    ? await db
        .selectFrom('contact_changes')
        .selectAll()
        .where('id', '=', id.toLowerCase())
        .where('channel', '=', channel)
        .executeTakeFirst()
    : undefined;
  if (!row || (userId !== null && row.user_id !== userId)) throw new HttpError(404, 'not_found');
  if (row.confirmed_at) throw new HttpError(410, 'code_used');
  if (now.getTime() >= new Date(row.expires_at).getTime()) throw new HttpError(410, 'code_expired');
  return row;
}

/** Keeps a change alive as long as its latest code or link. */
export async function extendContactChange(
  db: Kysely<Database>,
  row: ContactChangeRow,
  expiresAt: Date,
): Promise<void> {
  await db
    .updateTable('contact_changes')
    .set({ expires_at: expiresAt })
    .where('id', '=', row.id)
    .execute();
}

/**
 * Writes the confirmed phone or e-mail to the resident, unless another user took it meanwhile.
 * @throws HttpError contact_taken (409).
 */
export async function applyContactChange(
  db: Kysely<Database>,
  now: Date,
  row: ContactChangeRow,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockNames(trx, [`contact:${row.contact}`]);
    await ensureContactFree(trx, row.channel, row.contact, row.user_id);
    await trx
      .updateTable('users')
      .set(row.channel === 'phone' ? { phone: row.contact } : { email: row.contact })
      .where('id', '=', row.user_id)
      .execute();
    await trx
      .updateTable('contact_changes')
      .set({ confirmed_at: now })
      .where('id', '=', row.id)
      .execute();
  });
}
