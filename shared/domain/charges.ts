/** A service charge from an exact volume and an exact tariff, to the kopeck. */
import { divideHalfUp, multiplyScaled, requireDecimal } from './decimal.js';

/**
 * volume × tariff (roubles per unit) × coefficient (the raising coefficient, 1 by default) in
 * integer kopecks, rounded half up (half away from zero for negative volumes, e.g. a
 * recalculation). All are exact decimal strings; no floats. Throws RangeError when one is not
 * a number or the result leaves the safe integer range.
 */
export function chargeKopecks(volume: string, tariffRoubles: string, coefficient = '1'): number {
  const product = multiplyScaled(
    multiplyScaled(requireDecimal(volume, 'volume'), requireDecimal(tariffRoubles, 'tariff')),
    requireDecimal(coefficient, 'coefficient'),
  );
  // kopecks = units × 100 / 10^scale
  const numerator = product.units * 100n;
  const denominator = 10n ** BigInt(product.scale);
  const magnitude = divideHalfUp(numerator < 0n ? -numerator : numerator, denominator);
  const kopecks = Number(numerator < 0n ? -magnitude : magnitude);
  if (!Number.isSafeInteger(kopecks)) throw new RangeError('charge exceeds the safe integer range');
  return kopecks;
}
