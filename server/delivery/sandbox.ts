import type { Kysely } from 'kysely';

import { normalizeEmail } from '../../shared/domain/identity.js';
import type { Database } from '../db/schema.js';
import { logDelivery } from './delivery-log.js';
import {
  deliveryFailure,
  type DeliveryLog,
  type Mailer,
  type Sent,
  type SmsGateway,
} from './types.js';

/** A message the sandbox "sent", as the viewer lists it. */
export interface SandboxMessage {
  id: number;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string | null;
  text: string;
  html: string | null;
  createdAt: string;
}

export interface SandboxDeps {
  db: Kysely<Database>;
  clock: () => Date;
  log: DeliveryLog;
}

/** Stores a message; null when the database refuses it (e.g. a NUL character in the text). */
async function record(
  deps: SandboxDeps,
  row: Omit<SandboxMessage, 'id' | 'createdAt'>,
): Promise<number | null> {
  try {
    const inserted = await deps.db
      .insertInto('sandbox_messages')
      .values({ ...row, created_at: deps.clock() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return inserted.id;
  } catch {
    return null;
  }
}

function recorded<T extends string>(id: number | null, field: T) {
  return id === null
    ? deliveryFailure('provider_error')
    : ({ ok: true, [field]: `sandbox-${id}` } as { ok: true } & Record<T, string>);
}

/** A mailer that sends nothing: it records each message in sandbox_messages for the viewer. */
export function createSandboxMailer(deps: SandboxDeps): Mailer {
  return {
    kind: 'sandbox',
    async send(message): Promise<Sent<{ messageId: string }>> {
      let outcome: Sent<{ messageId: string }> = deliveryFailure('invalid_recipient');
      if (normalizeEmail(message.to)) {
        const { to: recipient, subject, text, html } = message;
        const id = await record(deps, { channel: 'email', recipient, subject, text, html });
        outcome = recorded(id, 'messageId');
      }
      logDelivery(deps.log, { channel: 'email', adapter: 'sandbox', to: message.to }, outcome);
      return outcome;
    },
    async close() {},
  };
}

/** An SMS gateway that sends nothing: it records each message (E.164 numbers only). */
export function createSandboxSmsGateway(deps: SandboxDeps): SmsGateway {
  return {
    kind: 'sandbox',
    async send(message): Promise<Sent<{ providerId: string }>> {
      let outcome: Sent<{ providerId: string }> = deliveryFailure('invalid_recipient');
      if (/^\+\d{10,15}$/.test(message.to)) {
        const { to: recipient, text } = message;
        const id = await record(deps, {
          channel: 'sms',
          recipient,
          subject: null,
          text,
          html: null,
        });
        outcome = recorded(id, 'providerId');
      }
      logDelivery(deps.log, { channel: 'sms', adapter: 'sandbox', to: message.to }, outcome);
      return outcome;
    },
  };
}

/** The sandbox's messages, newest first; optionally to one recipient or over one channel. */
export async function listSandboxMessages(
  db: Kysely<Database>,
  filter: { recipient?: string; channel?: 'email' | 'sms'; limit: number },
): Promise<SandboxMessage[]> {
  let query = db
    .selectFrom('sandbox_messages')
    .select(['id', 'channel', 'recipient', 'subject', 'text', 'html', 'created_at'])
    .orderBy('id', 'desc')
    .limit(filter.limit);
  if (filter.recipient !== undefined) query = query.where('recipient', '=', filter.recipient);
  if (filter.channel !== undefined) query = query.where('channel', '=', filter.channel);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    text: row.text,
    html: row.html,
    createdAt: new Date(row.created_at).toISOString(),
  }));
}
