import type { SessionPolicy } from '../auth/sessions.js';
import type { CentralConfig } from '../config.js';
import type { CentralDb } from '../db/connect.js';

/** What every route may use, decorated onto the Fastify instance as `app.kabinet`. */
export interface CentralContext {
  central: CentralDb;
  config: CentralConfig;
  clock: () => Date;
  sessionPolicy: SessionPolicy;
}

declare module 'fastify' {
  interface FastifyInstance {
    kabinet: CentralContext;
  }
}
