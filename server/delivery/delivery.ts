import type { Kysely } from 'kysely';

import type { DeliveryConfig } from '../config.js';
import type { Database } from '../db/schema.js';
import { createSandboxMailer, createSandboxSmsGateway } from './sandbox.js';
import { createSmsRuGateway } from './smsru-gateway.js';
import { createSmtpMailer } from './smtp-mailer.js';
import type { DeliveryLog, Mailer, SmsGateway } from './types.js';

/** The service's two ways out, chosen from configuration. */
export interface Delivery {
  mailer: Mailer;
  sms: SmsGateway;
  /** True when either adapter is the sandbox (then its messages can be listed). */
  sandboxActive: boolean;
  close(): Promise<void>;
}

export interface DeliveryDeps {
  db: Kysely<Database>;
  clock: () => Date;
  log: DeliveryLog;
  fetch?: typeof fetch;
}

/**
 * Picks the adapters: SMTP when `smtpUrl` is set, else the sandbox mailer; SMS.ru when
 * `smsProvider` is smsru, else the sandbox gateway. The embedded default and tests set neither.
 */
export function createDelivery(config: DeliveryConfig, deps: DeliveryDeps): Delivery {
  const sandbox = { db: deps.db, clock: deps.clock, log: deps.log };
  const mailer = config.smtpUrl
    ? createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom, log: deps.log })
    : createSandboxMailer(sandbox);
  const sms =
    config.smsProvider === 'smsru' && config.smsRuApiId
      ? createSmsRuGateway({
          apiId: config.smsRuApiId,
          baseUrl: config.smsRuUrl,
          log: deps.log,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        })
      : createSandboxSmsGateway(sandbox);
  return {
    mailer,
    sms,
    sandboxActive: mailer.kind === 'sandbox' || sms.kind === 'sandbox',
    close: () => mailer.close(),
  };
}
