// Whole numbers with a non-breaking space between thousands: 48000 → "48 000".

export function formatCount(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}
