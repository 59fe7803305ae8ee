// Exact decimal strings (readings, volumes, prices) as people read them: a decimal comma, no
// float on the way. Readings are not grouped in thousands: they are copied digit by digit.
import { normalizeDecimal } from '../../shared/domain/decimal.js';

/** "001234.500" → "1234,5"; text that is not a number is shown as it came. */
export function formatQuantity(value: string): string {
  const normal = normalizeDecimal(value);
  return (normal ?? value).replace('.', ',');
}

/** A price in roubles with at least kopecks: "1.9700" → "1,97", "5.2345" → "5,2345", "7" → "7,00". */
export function formatPrice(value: string): string {
  const normal = normalizeDecimal(value);
  if (normal === null) return value;
  const [whole, fraction = ''] = normal.split('.');
  return `${whole},${fraction.padEnd(2, '0')}`;
}
