import type { registrationMethods } from '../../../shared/contract/identity-methods.js';
import type { Handlers } from '../dispatch.js';
import type { RecoveryService } from './recovery.js';
import type { RegistrationService } from './registration.js';

export interface IdentityHandlerDeps {
  registration: RegistrationService;
  recovery: RecoveryService;
}

export type IdentityHandlers = Pick<Handlers, keyof typeof registrationMethods>;

/** Handlers of identity.*, registration.* and recovery.* (no session needed); inputs arrive parsed. */
export function identityHandlers({
  registration,
  recovery,
}: IdentityHandlerDeps): IdentityHandlers {
  return {
    'identity.regions': () => registration.regions(),
    'identity.captcha': () => registration.captcha(),
    'registration.start': (input) => registration.start(input),
    'registration.linkAccount': ({ registrationId, accountNumber }) =>
      registration.linkAccount(registrationId, accountNumber),
    'registration.confirm': ({ registrationId }) => registration.confirm(registrationId),
    'registration.resend': ({ registrationId }) => registration.resend(registrationId),
    'registration.verify': ({ registrationId, code }) => registration.verify(registrationId, code),
    'registration.status': ({ registrationId }) => registration.status(registrationId),
    'recovery.start': (input) => recovery.start(input),
    'recovery.resend': ({ recoveryId }) => recovery.resend(recoveryId),
    'recovery.verify': ({ recoveryId, code }) => recovery.verify(recoveryId, code),
    'recovery.status': ({ recoveryId }) => recovery.status(recoveryId),
    'recovery.setPassword': ({ recoveryId, password }) =>
      recovery.setPassword(recoveryId, password),
  };
}
