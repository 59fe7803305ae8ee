import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  ENROLMENT_ALPHABET,
  generateEnrolmentCode,
  normaliseEnrolmentCode,
} from '../../server/enrolment/code.js';
import { decodeCursor, encodeCursor } from '../../server/sync/cursor.js';
import { trimDecimal } from '../../server/sync/decimal.js';

describe('trimDecimal', () => {
  it.each([
    ['1.9700', '1.97'],
    ['54.30', '54.30'],
    ['5.0000', '5.00'],
    ['12', '12.00'],
    ['0.1234', '0.1234'],
    ['1000.1000', '1000.10'],
    ['-3.5000', '-3.50'],
  ])('%s → %s', (input, output) => expect(trimDecimal(input)).toBe(output));

  it('keeps the numeric value exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale) => {
          const digits = units.toString().padStart(scale + 1, '0');
          const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
          const trimmed = trimDecimal(text);
          expect(Number(trimmed)).toBe(Number(text));
          expect(trimmed).toMatch(/^\d+\.\d{2,}$/);
        },
      ),
    );
  });
});

describe('sync cursor', () => {
  it('round-trips any rev and is base64url of {"v":1,"rev":N}', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (rev) => {
        const cursor = encodeCursor(rev);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(JSON.parse(Buffer.from(cursor, 'base64url').toString())).toEqual({ v: 1, rev });
        expect(decodeCursor(cursor)).toBe(rev);
      }),
    );
  });

  it('reads an empty or absent cursor as the start', () => {
    expect(decodeCursor(undefined)).toBe(0);
    expect(decodeCursor('')).toBe(0);
  });

  it.each([
    'not a cursor',
    Buffer.from('{"v":2,"rev":5}').toString('base64url'),
    Buffer.from('{"v":1,"rev":-1}').toString('base64url'),
    Buffer.from('{"v":1,"rev":1.5}').toString('base64url'),
    Buffer.from('{"v":1,"rev":"5"}').toString('base64url'),
    Buffer.from('{"v":1,"rev":5,"x":1}').toString('base64url'),
    Buffer.from('[1]').toString('base64url'),
    'eyJ2IjoxLCJyZXYiOjV',
  ])('rejects %s', (cursor) => expect(decodeCursor(cursor)).toBeNull());
});

describe('enrolment codes', () => {
  it('look like XXXX-XXXX-XXXX over an unambiguous alphabet', () => {
    for (let i = 0; i < 200; i += 1) {
      const code = generateEnrolmentCode();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(ENROLMENT_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('are accepted with or without dashes, spaces and in any case', () => {
    const code = generateEnrolmentCode();
    const raw = code.replaceAll('-', '');
    expect(normaliseEnrolmentCode(code)).toBe(raw);
    expect(normaliseEnrolmentCode(raw.toLowerCase())).toBe(raw);
    expect(normaliseEnrolmentCode(` ${code.slice(0, 7)} ${code.slice(7).toLowerCase()} `)).toBe(
      raw,
    );
  });

  it('rejects wrong lengths and ambiguous characters', () => {
    expect(normaliseEnrolmentCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normaliseEnrolmentCode('ABCD-EFGH-JKMNP')).toBeNull();
    expect(normaliseEnrolmentCode('ABCD-EFGH-JKM0')).toBeNull();
    expect(normaliseEnrolmentCode('ABCD-EFGH-JKMI')).toBeNull();
  });
});
