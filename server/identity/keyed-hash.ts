import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The key of every short secret this service stores (SMS codes, e-mail link tokens, captcha
 * answers): KABINET_CODE_SECRET, or 32 random bytes for this process when it is unset.
 */
export function identityKey(configured: string | undefined): Buffer {
  return configured ? Buffer.from(configured, 'utf8') : randomBytes(32);
}

/**
 * HMAC-SHA256 of the parts (joined by NUL), hex. A 6-digit code has only a million values: a
 * plain or salted hash in a leaked table is reversed in a second, an HMAC under a key that is
 * not in the database is not. The parts bind the hash to its request, purpose and kind.
 */
export function keyedHash(key: Buffer, parts: readonly string[]): string {
  return createHmac('sha256', key).update(parts.join('\u0000'), 'utf8').digest('hex');
}

/** Compares two hex digests in constant time; different lengths are simply unequal. */
export function digestsEqual(givenHex: string, storedHex: string): boolean {
  const given = Buffer.from(givenHex, 'hex');
  const stored = Buffer.from(storedHex, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
