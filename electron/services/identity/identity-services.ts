import type { Log } from '../log.js';
import type { IdentityHandlerDeps } from './handlers.js';
import { createIdentityClient } from './identity-client.js';
import { createRecoveryService } from './recovery.js';
import { createRegistrationService } from './registration.js';

export interface IdentityServicesOptions {
  /** The connected central's address and the device token; null when not enrolled. */
  endpoint: () => { baseUrl: string; deviceToken: string } | null;
  fetch: typeof fetch;
  log: Log;
}

/** Registration and recovery over the current enrolment (a new client per call follows re-enrolment). */
export function createIdentityServices(options: IdentityServicesOptions): IdentityHandlerDeps {
  const client = () => {
    const endpoint = options.endpoint();
    return endpoint ? createIdentityClient({ ...endpoint, fetch: options.fetch }) : null;
  };
  return {
    registration: createRegistrationService({ client, log: options.log }),
    recovery: createRecoveryService({ client, log: options.log }),
  };
}
