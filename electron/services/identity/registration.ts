import {
  loginProblems,
  normalizeEmail,
  normalizeMobilePhone,
  passwordProblems,
} from '../../../shared/domain/identity.js';
import { AppFailure } from '../../../shared/contract/result.js';
import type { Captcha, RegistrationState } from '../../../shared/sync/identity-http.js';
import { type Log, silentLog } from '../log.js';
import type { IdentityClient, RegionChoice, RegistrationStart } from './identity-client.js';

export interface IdentityServiceDeps {
  /** The identity client of the enrolled central; null when the device is not enrolled. */
  client: () => IdentityClient | null;
  log?: Log;
}

/** Registration (Рис. 2–11) as the device offers it; the central service decides everything. */
export interface RegistrationService {
  regions(): Promise<RegionChoice[]>;
  captcha(): Promise<Captcha>;
  start(input: RegistrationStart): Promise<RegistrationState>;
  linkAccount(registrationId: string, accountNumber: string): Promise<RegistrationState>;
  confirm(registrationId: string): Promise<RegistrationState>;
  resend(registrationId: string): Promise<RegistrationState>;
  verify(registrationId: string, code: string): Promise<RegistrationState>;
  status(registrationId: string): Promise<RegistrationState>;
}

/** The client, or AppFailure('not_enrolled') when the device has no central service. */
export function requireClient(deps: IdentityServiceDeps): IdentityClient {
  const client = deps.client();
  if (!client) throw new AppFailure('not_enrolled');
  return client;
}

/**
 * Refuses a start the central would refuse anyway, before the call: the central checks the
 * captcha first and spends it, so a typo in the login must not cost the person a new picture.
 * @throws AppFailure login_invalid, password_weak, phone_invalid, email_invalid.
 */
export function precheckRegistration(input: RegistrationStart): void {
  if (loginProblems(input.login).length > 0) throw new AppFailure('login_invalid');
  if (passwordProblems(input.password, input.login).length > 0) {
    throw new AppFailure('password_weak');
  }
  if (input.variant === 'phone' && !normalizeMobilePhone(input.contact)) {
    throw new AppFailure('phone_invalid');
  }
  if (input.variant === 'email' && !normalizeEmail(input.contact)) {
    throw new AppFailure('email_invalid');
  }
}

/**
 * Registration through the enrolled central service. Nothing is kept here: the registration id
 * the renderer holds is bound to this device by the central. After 'done' the person signs in.
 */
export function createRegistrationService(deps: IdentityServiceDeps): RegistrationService {
  const log = deps.log ?? silentLog;
  const client = () => requireClient(deps);
  // The challenge this device showed last: a new one spends it, so no picture stays answerable.
  let shownChallenge: string | null = null;
  const noted = (state: RegistrationState): RegistrationState => {
    if (state.step === 'done') log('info', 'registration completed', { variant: state.variant });
    return state;
  };

  return {
    regions: () => client().regions(),
    async captcha() {
      const captcha = await client().captcha(shownChallenge);
      shownChallenge = captcha.challengeId;
      return captcha;
    },
    async start(input) {
      precheckRegistration(input);
      const state = await client().startRegistration(input);
      log('info', 'registration started', { variant: state.variant });
      return state;
    },
    linkAccount: (id, accountNumber) => client().linkAccount(id, accountNumber),
    confirm: (id) => client().confirmRegistration(id),
    resend: (id) => client().resendRegistration(id),
    verify: async (id, code) => noted(await client().verifyRegistration(id, code)),
    status: (id) => client().registrationStatus(id),
  };
}
