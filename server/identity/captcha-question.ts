import { randomInt } from 'node:crypto';

/** Russian number words, 0–20 (nominative; "одна" and "две" are accepted in answers too). */
const UNITS = [
  'ноль',
  'один',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
  'двадцать',
] as const;

/** 0–30 in words: "семь", "двадцать три", "тридцать". */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 30) throw new RangeError('0 to 30 only');
  if (n <= 20) return UNITS[n]!;
  if (n === 30) return 'тридцать';
  return `двадцать ${UNITS[n - 20]}`;
}

const WORD_VALUES = new Map<string, number>([
  ...Array.from({ length: 31 }, (_, n): [string, number] => [numberInWords(n), n]),
  ['одна', 1],
  ['две', 2],
  ['двадцать одна', 21],
  ['двадцать две', 22],
]);

/** A typed answer as a number: "10", " 10 ", "десять", "Двадцать один"; null when it is neither. */
export function parseNumberAnswer(answer: string): number | null {
  const value = answer.trim().toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ');
  if (/^\d{1,3}$/.test(value)) return Number(value);
  return WORD_VALUES.get(value) ?? null;
}

export interface SpokenQuestion {
  /** "Сколько будет семь плюс три?" — for screen readers and people who cannot read the image. */
  question: string;
  answer: number;
}

/** A sum or a difference of small numbers in words; the answer is 1 to 30. */
export function spokenQuestion(
  pick: (min: number, maxExclusive: number) => number = randomInt,
): SpokenQuestion {
  const a = pick(2, 21);
  const b = pick(1, 11);
  const minus = a > b && pick(0, 2) === 1;
  const answer = minus ? a - b : a + b;
  const operation = minus ? 'минус' : 'плюс';
  return {
    question: `Сколько будет ${numberInWords(a)} ${operation} ${numberInWords(b)}?`,
    answer,
  };
}
