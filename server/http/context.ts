import type { SessionPolicy } from '../auth/sessions.js';
import type { CentralConfig } from '../config.js';
import type { CentralDb } from '../db/connect.js';
import type { Delivery } from '../delivery/delivery.js';
import type { OneTimeCodePolicy } from '../identity/otp-policy.js';

/** What every route may use, decorated onto the Fastify instance as `app.kabinet`. */
export interface CentralContext {
  central: CentralDb;
  config: CentralConfig;
  clock: () => Date;
  sessionPolicy: SessionPolicy;
  /** The mailer and the SMS gateway (sandboxes unless configured). */
  delivery: Delivery;
  /** The HMAC key of codes, link tokens and captcha answers, and the code policy. */
  identity: { key: Buffer; codePolicy: OneTimeCodePolicy };
}

declare module 'fastify' {
  interface FastifyInstance {
    kabinet: CentralContext;
  }
}
