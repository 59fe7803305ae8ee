/**
 * Checks of a supplier's payment requisites (реквизиты) as the tax service and the Bank of
 * Russia define them: INN control digits, KPP and BIC shapes, and the control key of bank
 * accounts. Used by the demo catalog's tests and by the settlement-system import.
 */

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
/** Weights of the account key, repeated over the 23 digits (Bank of Russia 385-П, appendix). */
const ACCOUNT_WEIGHTS = [7, 1, 3];

function digitsOf(text: string): number[] {
  return [...text].map(Number);
}

function innDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, weight, i) => acc + weight * (digits[i] ?? 0), 0);
  return (sum % 11) % 10;
}

/** The control digits an INN needs after its first 9 (legal entity) or 10 (individual) digits. */
export function innControlDigits(body: string): string {
  if (/^\d{9}$/.test(body)) return String(innDigit(digitsOf(body), INN10_WEIGHTS));
  if (/^\d{10}$/.test(body)) {
    const first = innDigit(digitsOf(body), INN12_WEIGHTS_11);
    const second = innDigit(digitsOf(body + String(first)), INN12_WEIGHTS_12);
    return `${first}${second}`;
  }
  throw new RangeError('INN body must have 9 or 10 digits');
}

/** True for a 10-digit (organisation) or 12-digit (person) INN with correct control digits. */
export function isValidInn(inn: string): boolean {
  if (/^\d{10}$/.test(inn)) return innControlDigits(inn.slice(0, 9)) === inn.slice(9);
  if (/^\d{12}$/.test(inn)) return innControlDigits(inn.slice(0, 10)) === inn.slice(10);
  return false;
}

/** KPP: 4 digits of the tax office, 2 of the reason (digits or capital Latin letters), 3 digits. */
export function isValidKpp(kpp: string): boolean {
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp);
}

/** BIC of a Russian bank: 9 digits starting with 04 (the country code). */
export function isValidBic(bic: string): boolean {
  return /^04\d{7}$/.test(bic);
}

function keySum(digits23: string): number {
  return [...digits23].reduce(
    (acc, ch, i) => acc + ((Number(ch) * (ACCOUNT_WEIGHTS[i % 3] ?? 0)) % 10),
    0,
  );
}

/** The 3 digits a bank account's key is computed with: see {@link accountKey}. */
function keyPrefix(bic: string, kind: 'settlement' | 'correspondent'): string {
  return kind === 'settlement' ? bic.slice(6, 9) : `0${bic.slice(4, 6)}`;
}

/**
 * The control key (9th digit) of a 20-digit account at a bank with `bic`: over the last 3 BIC
 * digits + account for a settlement account, over "0" + BIC digits 5–6 + account for a
 * correspondent account. The key digit's current value is ignored.
 */
export function accountKey(
  account: string,
  bic: string,
  kind: 'settlement' | 'correspondent',
): string {
  if (!/^\d{20}$/.test(account) || !/^\d{9}$/.test(bic)) {
    throw new RangeError('account must have 20 digits and BIC 9');
  }
  const zeroed = `${account.slice(0, 8)}0${account.slice(9)}`;
  const sum = keySum(keyPrefix(bic, kind) + zeroed);
  return String(((sum % 10) * 3) % 10);
}

/** Returns `account` with its control key set, e.g. for generating demo requisites. */
export function withAccountKey(
  account: string,
  bic: string,
  kind: 'settlement' | 'correspondent',
): string {
  return `${account.slice(0, 8)}${accountKey(account, bic, kind)}${account.slice(9)}`;
}

/** A settlement account (расчётный счёт, 20 digits) whose key matches the bank's BIC. */
export function isValidSettlementAccount(account: string, bic: string): boolean {
  return (
    /^\d{20}$/.test(account) &&
    isValidBic(bic) &&
    keySum(keyPrefix(bic, 'settlement') + account) % 10 === 0
  );
}

/** A correspondent account (301…, 20 digits, ends with the BIC's last 3) with a valid key. */
export function isValidCorrespondentAccount(account: string, bic: string): boolean {
  return (
    /^30101\d{15}$/.test(account) &&
    isValidBic(bic) &&
    account.slice(17) === bic.slice(6) &&
    keySum(keyPrefix(bic, 'correspondent') + account) % 10 === 0
  );
}

export interface SupplierRequisites {
  inn: string;
  kpp: string;
  bic: string;
  settlementAccount: string;
  correspondentAccount: string;
}

/** Every problem of a supplier's requisites, as Russian sentences; empty when they pass. */
export function requisitesProblems(r: SupplierRequisites): string[] {
  const problems: string[] = [];
  if (!isValidInn(r.inn)) problems.push(`ИНН ${r.inn}: неверная длина или контрольное число`);
  if (!isValidKpp(r.kpp)) problems.push(`КПП ${r.kpp}: нужно 9 знаков`);
  if (!isValidBic(r.bic)) problems.push(`БИК ${r.bic}: нужно 9 цифр, начиная с 04`);
  else {
    if (!isValidSettlementAccount(r.settlementAccount, r.bic)) {
      problems.push(`расчётный счёт ${r.settlementAccount}: не сходится ключ с БИК ${r.bic}`);
    }
    if (!isValidCorrespondentAccount(r.correspondentAccount, r.bic)) {
      problems.push(`корр. счёт ${r.correspondentAccount}: не сходится ключ с БИК ${r.bic}`);
    }
  }
  return problems;
}
