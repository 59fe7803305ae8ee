/**
 * Formats a PostgreSQL numeric string exactly, trimming trailing zeros but keeping at least
 * two fraction digits: "1.9700" → "1.97", "54.30" → "54.30", "12" → "12.00", "0.12345" stays.
 */
export function trimDecimal(value: string, minFractionDigits = 2): string {
  const [whole = '0', fraction = ''] = value.split('.');
  let kept = fraction.replace(/0+$/, '');
  if (kept.length < minFractionDigits) kept = kept.padEnd(minFractionDigits, '0');
  return kept.length > 0 ? `${whole}.${kept}` : whole;
}
