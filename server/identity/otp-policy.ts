import { randomBytes, randomInt } from 'node:crypto';

import type { CodeConfig } from '../config.js';

/** What a one-time code is for; it is only ever checked for the same purpose. */
export const codePurposes = ['registration', 'recovery', 'email_change', 'phone_change'] as const;
export type CodePurpose = (typeof codePurposes)[number];

/** SMS carries a digit code; e-mail carries a link with a long token. */
export type CodeChannel = 'sms' | 'email';

export interface OneTimeCodePolicy {
  /** Digits of an SMS code (6 by OWASP; the manual's 4 is too few). */
  length: number;
  ttlMinutes: number;
  resendSeconds: number;
  /** Wrong answers before the request is locked. */
  maxAttempts: number;
  /** Sends (first + resends) a request may have, so one request cannot pump SMS. */
  maxSends: number;
}

export const MAX_ATTEMPTS = 5;
export const MAX_SENDS = 5;

/** The policy from the service's configuration. */
export function codePolicyFrom(config: CodeConfig): OneTimeCodePolicy {
  return {
    length: config.length,
    ttlMinutes: config.ttlMinutes,
    resendSeconds: config.resendSeconds,
    maxAttempts: MAX_ATTEMPTS,
    maxSends: MAX_SENDS,
  };
}

/** `length` uniformly random digits (crypto.randomInt per digit). */
export function newDigitCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i += 1) code += String(randomInt(0, 10));
  return code;
}

/** A link token: 32 random bytes, base64url (43 characters). */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The answer as hashed: for a code, the digits (spaces and dashes people type are ignored); for
 * a link, the random part after the request id and its dot.
 */
export function normalizeAnswer(channel: CodeChannel, answer: string, requestId: string): string {
  if (channel === 'sms') return answer.replace(/[\s-]/g, '');
  const token = answer.trim();
  const prefix = `${requestId.toLowerCase()}.`;
  return token.toLowerCase().startsWith(prefix) ? token.slice(prefix.length) : token;
}
