/** Exact decimal arithmetic on strings via BigInt scaled integers. Never floats. */

/** A decimal as an integer count of 10^-scale units: { units: 1234n, scale: 2 } is 12.34. */
export interface ScaledDecimal {
  units: bigint;
  scale: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

/**
 * Parses a decimal written with a point or a comma ("123.4", "123,4", "-0,5", ",5", "7.").
 * No spaces, exponents or grouping. Returns null when the text is not such a number.
 */
export function parseDecimal(text: string): ScaledDecimal | null {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const magnitude = BigInt((whole || '0') + fraction);
  return { units: sign === '-' ? -magnitude : magnitude, scale: fraction.length };
}

/** Like parseDecimal, but throws a RangeError naming `what` when the text is not a number. */
export function requireDecimal(text: string, what: string): ScaledDecimal {
  const parsed = parseDecimal(text);
  if (!parsed) throw new RangeError(`${what} is not a decimal number: ${JSON.stringify(text)}`);
  return parsed;
}

/** Drops trailing fraction zeros: { 1230n, 2 } → { 123n, 1 }. */
export function reduceScale(value: ScaledDecimal): ScaledDecimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** The same value expressed with a larger (or equal) scale. */
export function rescale(value: ScaledDecimal, scale: number): ScaledDecimal {
  if (scale < value.scale) throw new RangeError('rescale would lose digits');
  return { units: value.units * 10n ** BigInt(scale - value.scale), scale };
}

/** Canonical text: point separator, no leading zeros, no trailing fraction zeros, no "-0". */
export function formatScaled(value: ScaledDecimal): string {
  const { units, scale } = reduceScale(value);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Canonical form of a decimal written with a point or comma, or null when not a number. */
export function normalizeDecimal(text: string): string | null {
  const parsed = parseDecimal(text);
  return parsed ? formatScaled(parsed) : null;
}

function aligned(a: ScaledDecimal, b: ScaledDecimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [rescale(a, scale).units, rescale(b, scale).units, scale];
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareScaled(a: ScaledDecimal, b: ScaledDecimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a + b, exactly. */
export function addScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x + y, scale };
}

/** a − b, exactly. */
export function subtractScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x - y, scale };
}

/** a × b, exactly. */
export function multiplyScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** numerator ÷ denominator for non-negative BigInts, rounded half up to an integer. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n || numerator < 0n) throw new RangeError('divideHalfUp needs n ≥ 0, d > 0');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** a ÷ b rounded half up to `fractionDigits` places; both non-negative, b non-zero. */
export function divideScaled(
  a: ScaledDecimal,
  b: ScaledDecimal,
  fractionDigits: number,
): ScaledDecimal {
  // a/b = (a.units·10^b.scale) / (b.units·10^a.scale); shift by 10^fractionDigits before dividing.
  const numerator = a.units * 10n ** BigInt(b.scale + fractionDigits);
  const denominator = b.units * 10n ** BigInt(a.scale);
  return { units: divideHalfUp(numerator, denominator), scale: fractionDigits };
}

/** 10^exponent as a ScaledDecimal (exponent ≥ 0). */
export function powerOfTen(exponent: number): ScaledDecimal {
  return { units: 10n ** BigInt(exponent), scale: 0 };
}
