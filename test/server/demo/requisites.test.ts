import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  accountKey,
  innControlDigits,
  isValidBic,
  isValidCorrespondentAccount,
  isValidInn,
  isValidKpp,
  isValidSettlementAccount,
  requisitesProblems,
  withAccountKey,
} from '../../../server/demo/requisites.js';

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(''));

/** Changes the digit at `index` to a different one. */
function mutate(text: string, index: number, delta: number): string {
  const changed = (Number(text[index]) + delta) % 10;
  return text.slice(0, index) + String(changed) + text.slice(index + 1);
}

describe('INN', () => {
  it('accepts published INNs of real companies', () => {
    // ПАО Сбербанк, ООО «Яндекс», and the Orenburg supplier printed in the manual.
    for (const inn of ['7707083893', '7736207543', '5610095517'])
      expect(isValidInn(inn)).toBe(true);
  });

  it('accepts every completed body and rejects a single changed digit of a 10-digit INN', () => {
    const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
    const residue = (body: string) =>
      weights.reduce((acc, w, i) => acc + w * Number(body[i]), 0) % 11;
    fc.assert(
      fc.property(
        digits(9),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (body, at, delta) => {
          const inn = body + innControlDigits(body);
          expect(isValidInn(inn)).toBe(true);
          const broken = mutate(inn, at, delta);
          // Weights are non-zero mod 11, so a changed digit always moves the residue; only
          // residues 0 and 10 share a control digit (both give 0), so those may collide.
          const collides =
            at < 9 && [0, 10].includes(residue(body)) && [0, 10].includes(residue(broken));
          expect(isValidInn(broken)).toBe(collides);
        },
      ),
    );
  });

  it('completes and checks 12-digit INNs of individuals', () => {
    fc.assert(
      fc.property(digits(10), (body) => {
        const inn = body + innControlDigits(body);
        expect(inn).toMatch(/^\d{12}$/);
        expect(isValidInn(inn)).toBe(true);
        expect(isValidInn(mutate(inn, 11, 1))).toBe(false);
      }),
    );
  });

  it('rejects wrong lengths and non-digits', () => {
    for (const inn of ['', '123', '77070838931', '770708389X', ' 7707083893'])
      expect(isValidInn(inn)).toBe(false);
  });
});

describe('bank account keys', () => {
  it('accepts real correspondent accounts of well-known banks and the manual’s settlement account', () => {
    const real: [string, string][] = [
      ['044525225', '30101810400000000225'],
      ['044525974', '30101810145250000974'],
      ['044525593', '30101810200000000593'],
      ['045354601', '30101810600000000601'],
    ];
    for (const [bic, account] of real) expect(isValidCorrespondentAccount(account, bic)).toBe(true);
    expect(isValidSettlementAccount('40702810946000003481', '045354601')).toBe(true);
    // The manual's second requisite line has a misprinted correspondent account: caught.
    expect(isValidCorrespondentAccount('30101810600000000501', '045354601')).toBe(false);
  });

  it('any single changed digit of a keyed account breaks its key (weights 7, 1, 3 are invertible mod 10)', () => {
    fc.assert(
      fc.property(
        digits(7),
        digits(20),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 1, max: 9 }),
        (bicTail, raw, at, delta) => {
          const bic = `04${bicTail}`;
          const account = withAccountKey(raw, bic, 'settlement');
          expect(isValidSettlementAccount(account, bic)).toBe(true);
          expect(accountKey(account, bic, 'settlement')).toBe(account[8]);
          expect(isValidSettlementAccount(mutate(account, at, delta), bic)).toBe(false);
        },
      ),
    );
  });

  it('keys correspondent accounts with "0" + BIC digits 5–6 and requires the BIC’s last 3 digits', () => {
    fc.assert(
      fc.property(digits(7), digits(9), (bicTail, middle) => {
        const bic = `04${bicTail}`;
        const account = withAccountKey(
          `301018100${middle.slice(0, 8)}${bic.slice(6)}`,
          bic,
          'correspondent',
        );
        expect(isValidCorrespondentAccount(account, bic)).toBe(true);
        const otherBic = `${bic.slice(0, 4)}${(Number(bic[4]) + 1) % 10}${bic.slice(5)}`;
        expect(isValidCorrespondentAccount(account, otherBic)).toBe(false);
        const wrongTail = withAccountKey(
          `${account.slice(0, 17)}${mutate(bic.slice(6), 0, 1)}`,
          bic,
          'correspondent',
        );
        expect(isValidCorrespondentAccount(wrongTail, bic)).toBe(false);
      }),
    );
  });
});

describe('KPP, BIC and the whole set', () => {
  it('checks shapes', () => {
    expect(isValidKpp('561001001')).toBe(true);
    expect(isValidKpp('7707AB001')).toBe(true);
    expect(isValidKpp('56100100')).toBe(false);
    expect(isValidBic('045354601')).toBe(true);
    expect(isValidBic('145354601')).toBe(false);
  });

  it('lists every problem in Russian', () => {
    const problems = requisitesProblems({
      inn: '5610095518',
      kpp: '5610',
      bic: '045354601',
      settlementAccount: '40702810946000003482',
      correspondentAccount: '30101810600000000501',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join(' ')).toMatch(/ИНН.*КПП.*расчётный счёт.*корр\. счёт/);
  });
});
