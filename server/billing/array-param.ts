/**
 * A column of values as a PostgreSQL array literal ('{1,2.5,NULL,meter}') to bind as ONE
 * parameter and cast (`${arrayParam(xs)}::numeric[]`). Building the text here is several times
 * cheaper than the driver's per-element array serialisation on columns of 100,000 values.
 * Only plain tokens are allowed (numbers, decimals, codes, UUIDs); anything that would need
 * quoting is refused rather than escaped.
 */
const PLAIN = /^[A-Za-z0-9_.:-]+$/;

export function arrayParam(values: readonly (string | number | bigint | boolean | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (value === null || value === undefined) parts[i] = 'NULL';
    else {
      const text = String(value);
      if (!PLAIN.test(text) || text.toUpperCase() === 'NULL') {
        throw new RangeError(`not a plain array element: ${JSON.stringify(text)}`);
      }
      parts[i] = text;
    }
  }
  return `{${parts.join(',')}}`;
}
