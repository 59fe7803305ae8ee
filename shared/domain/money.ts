/** Money is integer kopecks; tariffs are exact decimal strings. No floats anywhere. */

/** Formats kopecks as roubles with a comma, e.g. 123456 → "1 234,56". */
export function formatKopecks(kopecks: number): string {
  if (!Number.isSafeInteger(kopecks)) throw new RangeError('kopecks must be a safe integer');
  const sign = kopecks < 0 ? '−' : '';
  const abs = Math.abs(kopecks);
  const rub = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${rub},${String(abs % 100).padStart(2, '0')}`;
}

/** Shows an exact decimal string with a Russian decimal comma, e.g. "1.97" → "1,97". */
export function formatDecimal(value: string): string {
  return value.replace('.', ',');
}
