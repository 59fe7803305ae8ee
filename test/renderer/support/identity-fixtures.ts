// Contract-valid registration and recovery values for renderer tests, and a fake central that
// walks a registration through its steps the way the real one does.
import { ok } from '../../../shared/contract/result.js';
import {
  type Captcha,
  captchaSchema,
  type RecoveryState,
  recoveryStateSchema,
  type RegistrationState,
  registrationStateSchema,
} from '../../../shared/sync/identity-http.js';
import type { Handlers } from './fake-kabinet.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const REGISTRATION_ID = uuid(1);
export const RECOVERY_ID = uuid(2);

/** The n-th captcha a test is shown; its question is "семь плюс три" (answer 10). */
export function captcha(n = 1): Captcha {
  return captchaSchema.parse({
    challengeId: uuid(100 + n),
    svg: `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><path d="M${n} 0L10 10"/></svg>`,
    question: 'Сколько будет семь плюс три?',
    expiresAt: '2026-03-18T06:05:00.000Z',
  });
}

export function registrationState(overrides: Partial<RegistrationState> = {}): RegistrationState {
  return registrationStateSchema.parse({
    registrationId: REGISTRATION_ID,
    step: 'account',
    variant: 'phone',
    login: 'petrov.ivan',
    recipient: '+7 (912) ***-**-01',
    account: null,
    resendAfterSeconds: 0,
    expiresAt: '2026-03-18T06:30:00.000Z',
    ...overrides,
  });
}

export const checkedAccount = {
  number: '5600000002',
  ownerMasked: 'Ив****а М. П.',
  addressMasked: 'г. Оренбург, ул. Л*****, д. *, кв. *',
};

export function recoveryState(overrides: Partial<RecoveryState> = {}): RecoveryState {
  return recoveryStateSchema.parse({
    recoveryId: RECOVERY_ID,
    method: 'phone',
    recipient: '+7 (903) ***-**-34',
    step: 'code',
    login: null,
    resendAfterSeconds: 60,
    expiresAt: '2026-03-18T06:30:00.000Z',
    ...overrides,
  });
}

/** Regions as the central lists them; the fixtures' device region is '56'. */
export const regions = [
  { code: '72', name: 'Тюменская область' },
  { code: '56', name: 'Оренбургская область' },
];

/** A registration that goes account → confirm → code/email_sent → done; captchas count up. */
export function registrationHandlers(): Handlers {
  let shown = 0;
  let variant: RegistrationState['variant'] = 'phone';
  return {
    'identity.regions': () => ok(regions),
    'identity.captcha': () => ok(captcha(++shown)),
    'registration.start': (input) => {
      variant = input.variant;
      return ok(registrationState({ variant, login: input.login }));
    },
    'registration.linkAccount': () =>
      ok(registrationState({ variant, step: 'confirm', account: checkedAccount })),
    'registration.confirm': () =>
      ok(
        registrationState({
          variant,
          step: variant === 'phone' ? 'code' : 'email_sent',
          account: checkedAccount,
          resendAfterSeconds: 60,
        }),
      ),
    'registration.resend': () => ok(registrationState({ variant, step: 'code' })),
    'registration.verify': () =>
      ok(registrationState({ variant, step: 'done', account: checkedAccount })),
    'registration.status': () => ok(registrationState({ variant, step: 'email_sent' })),
  };
}
