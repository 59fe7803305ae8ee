/**
 * Exact decimal arithmetic on strings through scaled BigInts: volumes, tariffs and
 * coefficients multiply into kopecks without a float ever touching money.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** `text` ("12.5", "-0.0350") as an integer in units of 10^-scale; throws when digits would be lost. */
export function toScaled(text: string, scale: number): bigint {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const [, minus, whole = '0', fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > scale) throw new RangeError(`${text} has more than ${scale} decimals`);
  const units = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
  return minus ? -units : units;
}

/** Formats a scaled integer back to a decimal string with exactly `scale` decimals. */
export function fromScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Number of decimals written in `text` ("1.50" → 2). */
export function decimalsOf(text: string): number {
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  return match[3]?.length ?? 0;
}

/** n / d rounded half away from zero (the rounding of money in notices). */
export function divRound(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an * 2n + ad) / (ad * 2n);
  return negative ? -q : q;
}

/** Rounds a decimal string to `scale` decimals, half away from zero. */
export function roundDecimal(text: string, scale: number): string {
  const from = decimalsOf(text);
  if (from <= scale) return fromScaled(toScaled(text, scale), scale);
  return fromScaled(divRound(toScaled(text, from), 10n ** BigInt(from - scale)), scale);
}

/** Sum of decimal strings, written with `scale` decimals. */
export function sumDecimals(values: string[], scale: number): string {
  return fromScaled(
    values.reduce((acc, v) => acc + toScaled(v, scale), 0n),
    scale,
  );
}

/**
 * The volume-weighted price Σ(volume·price) / Σ volume with `scale` decimals (half away from
 * zero): the single tariff a multi-zone meter's charge line shows. Falls back to the first
 * price when the total volume is zero.
 */
export function weightedPrice(parts: { volume: string; price: string }[], scale = 4): string {
  const first = parts[0];
  if (!first) throw new RangeError('no parts');
  const vScale = Math.max(...parts.map((p) => decimalsOf(p.volume)));
  const pScale = Math.max(...parts.map((p) => decimalsOf(p.price)));
  const totalVolume = parts.reduce((acc, p) => acc + toScaled(p.volume, vScale), 0n);
  if (totalVolume === 0n) return roundDecimal(first.price, scale);
  const weighted = parts.reduce(
    (acc, p) => acc + toScaled(p.volume, vScale) * toScaled(p.price, pScale),
    0n,
  );
  // weighted / totalVolume is in units of 10^-pScale roubles; rescale to 10^-scale.
  const numerator = weighted * 10n ** BigInt(Math.max(0, scale - pScale));
  const denominator = totalVolume * 10n ** BigInt(Math.max(0, pScale - scale));
  return fromScaled(divRound(numerator, denominator), scale);
}
