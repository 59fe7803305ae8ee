import { randomBytes } from 'node:crypto';

import type { CodeEnv } from '../../../server/identity/otp.js';
import type { OneTimeCodePolicy } from '../../../server/identity/otp-policy.js';

/** The default policy of the configuration: 6 digits, 10 minutes, 60 s, 5 attempts, 5 sends. */
export const POLICY: OneTimeCodePolicy = {
  length: 6,
  ttlMinutes: 10,
  resendSeconds: 60,
  maxAttempts: 5,
  maxSends: 5,
};

/** A code environment at the test clock's time, with one key per test file. */
export function codeEnvAt(clock: () => Date, key: Buffer = KEY, policy = POLICY): CodeEnv {
  return { now: clock(), key, policy };
}

export const KEY = randomBytes(32);

/** A different code of the same length (each digit shifted by one). */
export function otherCode(code: string): string {
  return [...code].map((d) => String((Number(d) + 1) % 10)).join('');
}
