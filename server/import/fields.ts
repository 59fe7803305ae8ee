import { isIsoDate } from '../../shared/domain/dates.js';
import { isValidInn } from '../demo/requisites.js';

/** Parsers of single CSV fields: each returns the typed value or a Russian reason. */

export type FieldResult<T> = { ok: true; value: T } | { ok: false; reason: string };
export type FieldParser<T> = (raw: string) => FieldResult<T>;

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = (reason: string): FieldResult<never> => ({ ok: false, reason });

/** An empty field becomes `fallback` instead of going to `parser`. */
export function optional<T, F>(parser: FieldParser<T>, fallback: F): FieldParser<T | F> {
  return (raw) => (raw.trim() === '' ? ok(fallback) : parser(raw));
}

export function text(maxLength: number): FieldParser<string> {
  return (raw) => {
    const value = raw.trim();
    if (value === '') return bad('поле пустое');
    if (value.length > maxLength) return bad(`длиннее ${maxLength} символов`);
    return ok(value);
  };
}

export function oneOf<T extends string>(values: readonly T[]): FieldParser<T> {
  return (raw) => {
    const value = raw.trim() as T;
    return values.includes(value) ? ok(value) : bad(`допустимо: ${values.join(', ')}`);
  };
}

export function integer(min: number, max: number): FieldParser<number> {
  return (raw) => {
    const value = raw.trim();
    if (!/^-?\d{1,15}$/.test(value)) return bad(`нужно целое число, а не «${value}»`);
    const n = Number(value);
    return n < min || n > max ? bad(`нужно число от ${min} до ${max}`) : ok(n);
  };
}

/** Money in whole kopecks (12345 = 123,45 ₽); `min` is -10^13 (any), 0 or 1 (positive). */
export function kopecks(min = -1e13): FieldParser<number> {
  return (raw) => {
    const value = raw.trim();
    if (!/^-?\d{1,14}$/.test(value)) return bad(`сумма — целое число копеек, а не «${value}»`);
    const n = Number(value);
    if (n >= min) return ok(n);
    return bad(min > 0 ? 'сумма должна быть больше нуля' : 'сумма не может быть отрицательной');
  };
}

/** A decimal with "." or "," that fits numeric(intDigits + fracDigits, fracDigits); normalised to ".". */
export function decimal(
  intDigits: number,
  fracDigits: number,
  positive = false,
): FieldParser<string> {
  return (raw) => {
    const value = raw.trim().replace(',', '.');
    const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
    if (!match) return bad(`нужно неотрицательное число вида 12,5 или 12.5, а не «${raw.trim()}»`);
    const whole = match[1]!.replace(/^0+(?=\d)/, '');
    const fraction = (match[2] ?? '').replace(/0+$/, '');
    if (whole.length > intDigits) return bad(`больше ${intDigits} цифр до запятой`);
    if (fraction.length > fracDigits) return bad(`больше ${fracDigits} знаков после запятой`);
    if (positive && /^0*$/.test(whole + fraction)) return bad('должно быть больше нуля');
    return ok(fraction ? `${whole}.${fraction}` : whole);
  };
}

export const isoDate: FieldParser<string> = (raw) => {
  const value = raw.trim();
  return isIsoDate(value) ? ok(value) : bad(`нужна дата ГГГГ-ММ-ДД, а не «${value}»`);
};

/** A billing period YYYY-MM. */
export const period: FieldParser<string> = (raw) => {
  const value = raw.trim();
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
    ? ok(value)
    : bad(`нужен период ГГГГ-ММ, а не «${value}»`);
};

/** A local date and time "YYYY-MM-DD", "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS". */
export const localDateTime: FieldParser<string> = (raw) => {
  const value = raw.trim().replace('T', ' ');
  const match = /^(\d{4}-\d{2}-\d{2})(?: ([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$/.exec(value);
  if (!match || !isIsoDate(match[1]!))
    return bad(`нужны дата и время ГГГГ-ММ-ДД ЧЧ:ММ, а не «${raw.trim()}»`);
  return ok(`${match[1]} ${match[2] ?? '00'}:${match[3] ?? '00'}:${match[4] ?? '00'}`);
};

export const accountNumber: FieldParser<string> = (raw) => {
  const value = raw.trim();
  return /^\d{10}$/.test(value)
    ? ok(value)
    : bad(`номер лицевого счёта — 10 цифр, а не «${value}»`);
};

/** A Russian mobile or landline number, stored as +7 and 10 digits. */
export const phone: FieldParser<string> = (raw) => {
  const digits = raw.replace(/[\s()-]/g, '');
  const match = /^(?:\+7|8)(\d{10})$/.exec(digits);
  return match ? ok(`+7${match[1]}`) : bad(`телефон — +7 и 10 цифр, а не «${raw.trim()}»`);
};

export const inn: FieldParser<string> = (raw) => {
  const value = raw.trim();
  return isValidInn(value) ? ok(value) : bad(`ИНН ${value}: неверная длина или контрольное число`);
};
