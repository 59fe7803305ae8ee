import { randomUUID } from 'node:crypto';

import type { z } from 'zod';

import type {
  RegistrationState,
  registrationStartSchema,
} from '../../../shared/sync/identity-http.js';
import { hashPassword } from '../../auth/password.js';
import { HttpError } from '../../http/errors.js';
import { requireCaptcha } from '../captcha-gate.js';
import { ensureContactFree, normalizeContact } from '../contacts.js';
import { captchaEnvOf, flowLifetimeMs, type IdentityDeps } from '../deps.js';
import { takeAttempts } from '../flow-throttle.js';
import { checkNewLogin, checkNewPassword } from '../new-credentials.js';
import { purgeStaleRegistrations, registrationView } from './store.js';

export type RegistrationStart = z.infer<typeof registrationStartSchema>;

/** Starts one device may make (a counter registers residents on their behalf: generous). */
export const REGISTRATION_STARTS_PER_DEVICE = { max: 30, windowMinutes: 60 } as const;

/**
 * Starts a registration (Рис. 4/5/10): throttled per device, then the captcha (spent whatever
 * the answer; its spoken question is guessable, hence the throttle), the region, the login
 * (rules, not taken), the password (rules), the phone or e-mail (valid, not another user's).
 * The password is hashed at once; the registration waits for its account (Рис. 6).
 * @throws HttpError rate_limited, captcha_wrong, captcha_expired, region_unknown, login_invalid,
 *   login_taken, password_weak, phone_invalid, email_invalid, contact_taken.
 */
export async function startRegistration(
  deps: IdentityDeps,
  deviceId: number,
  input: RegistrationStart,
): Promise<RegistrationState> {
  const { db, now } = deps;
  await takeAttempts(db, now, [
    { source: `registration-device:${deviceId}`, ...REGISTRATION_STARTS_PER_DEVICE },
  ]);
  await requireCaptcha(db, captchaEnvOf(deps), input.captcha);
  const region = await db
    .selectFrom('regions')
    .select('id')
    .where('code', '=', input.regionCode)
    .executeTakeFirst();
  if (!region) throw new HttpError(404, 'region_unknown');
  const login = await checkNewLogin(db, input.login);
  checkNewPassword(input.password, login);
  const contact = normalizeContact(input.variant, input.contact);
  await ensureContactFree(db, input.variant, contact);
  const row = await db
    .insertInto('registrations')
    .values({
      id: randomUUID(),
      device_id: deviceId,
      region_id: region.id,
      login,
      password_hash: await hashPassword(input.password),
      variant: input.variant,
      contact,
      city: input.city.trim(),
      step: 'account',
      created_at: now,
      expires_at: new Date(now.getTime() + flowLifetimeMs(deps.policy)),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await purgeStaleRegistrations(db, now);
  return registrationView(db, row, now, deps.policy);
}
