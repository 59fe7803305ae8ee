import type { Kysely } from 'kysely';

import type { Database } from '../db/schema.js';
import type { Mailer, SmsGateway } from '../delivery/types.js';
import type { CaptchaEnv } from './captcha.js';
import type { CodeEnv } from './otp.js';
import type { OneTimeCodePolicy } from './otp-policy.js';

/** What the registration, recovery and settings flows need; routes build it per request. */
export interface IdentityDeps {
  db: Kysely<Database>;
  /** The request's time (the injected clock, read once). */
  now: Date;
  /** The HMAC key of codes, link tokens and captcha answers. */
  key: Buffer;
  policy: OneTimeCodePolicy;
  mailer: Mailer;
  sms: SmsGateway;
  /** Where e-mail links point: the service's public address, e.g. https://lk.example.ru. */
  linkBase: string;
  /**
   * Runs a task after the answer (recovery sends this way, so the answer takes the same time
   * whether a message leaves or not); the task never throws into the request.
   */
  later(task: () => Promise<unknown>): void;
}

export const codeEnvOf = (deps: IdentityDeps): CodeEnv => ({
  now: deps.now,
  key: deps.key,
  policy: deps.policy,
});

export const captchaEnvOf = (deps: IdentityDeps): CaptchaEnv => ({ now: deps.now, key: deps.key });

/** How long a registration or recovery may take from its start: 30 minutes, or two code lifetimes. */
export function flowLifetimeMs(policy: OneTimeCodePolicy): number {
  return Math.max(30, policy.ttlMinutes * 2) * 60_000;
}

/** Seconds until `sentAt` may be followed by a resend; 0 when it may be now. */
export function secondsUntilResend(
  sentAt: Date | string | null | undefined,
  now: Date,
  policy: OneTimeCodePolicy,
): number {
  if (!sentAt) return 0;
  const waitMs = new Date(sentAt).getTime() + policy.resendSeconds * 1000 - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
