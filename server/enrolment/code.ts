import { randomInt } from 'node:crypto';

/** Letters and digits that cannot be confused when read aloud or off paper: no 0/O, 1/I/L. */
export const ENROLMENT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ENROLMENT_CODE_LENGTH = 12;

/** A new enrolment code, grouped for reading: XXXX-XXXX-XXXX. */
export function generateEnrolmentCode(): string {
  let raw = '';
  for (let i = 0; i < ENROLMENT_CODE_LENGTH; i += 1) {
    raw += ENROLMENT_ALPHABET[randomInt(ENROLMENT_ALPHABET.length)];
  }
  return formatEnrolmentCode(raw);
}

/** Groups a normalised 12-character code as XXXX-XXXX-XXXX. */
export function formatEnrolmentCode(raw: string): string {
  return raw.match(/.{1,4}/g)?.join('-') ?? raw;
}

/**
 * Normalises what a person typed: drops dashes and spaces, upper-cases.
 * Returns null when the result cannot be a code (wrong length or a character outside the alphabet).
 */
export function normaliseEnrolmentCode(typed: string): string | null {
  const raw = typed.replace(/[\s-]/g, '').toUpperCase();
  if (raw.length !== ENROLMENT_CODE_LENGTH) return null;
  for (const char of raw) if (!ENROLMENT_ALPHABET.includes(char)) return null;
  return raw;
}
