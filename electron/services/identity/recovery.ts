import { AppFailure } from '../../../shared/contract/result.js';
import {
  normalizeEmail,
  normalizeMobilePhone,
  passwordProblems,
} from '../../../shared/domain/identity.js';
import type { RecoveryState } from '../../../shared/sync/identity-http.js';
import { silentLog } from '../log.js';
import type { RecoveryStart } from './identity-client.js';
import { type IdentityServiceDeps, requireClient } from './registration.js';

/** Password recovery (Рис. 36–39): by an SMS code on this screen, or by an e-mail link. */
export interface RecoveryService {
  start(input: RecoveryStart): Promise<RecoveryState>;
  resend(recoveryId: string): Promise<RecoveryState>;
  verify(recoveryId: string, code: string): Promise<RecoveryState>;
  status(recoveryId: string): Promise<RecoveryState>;
  setPassword(recoveryId: string, password: string): Promise<RecoveryState>;
}

/**
 * Recovery through the enrolled central service. The central answers alike whether the contact
 * is registered or not; this service adds nothing that could tell them apart.
 */
export function createRecoveryService(deps: IdentityServiceDeps): RecoveryService {
  const log = deps.log ?? silentLog;
  const client = () => requireClient(deps);

  return {
    async start(input) {
      // A malformed contact is refused before the captcha is spent on it.
      if (input.method === 'phone' && !normalizeMobilePhone(input.contact)) {
        throw new AppFailure('phone_invalid');
      }
      if (input.method === 'email' && !normalizeEmail(input.contact)) {
        throw new AppFailure('email_invalid');
      }
      return client().startRecovery(input);
    },
    resend: (id) => client().resendRecovery(id),
    verify: (id, code) => client().verifyRecovery(id, code),
    status: (id) => client().recoveryStatus(id),
    async setPassword(id, password) {
      if (passwordProblems(password).length > 0) throw new AppFailure('password_weak');
      const state = await client().setRecoveredPassword(id, password);
      if (state.step === 'done') log('info', 'password recovered', { method: state.method });
      return state;
    },
  };
}
