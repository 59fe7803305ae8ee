import type { Database } from 'better-sqlite3';

/**
 * The highest n of '<deviceId>-<n>' among the requests the cache has pulled (0 if none): a new
 * number continues above it, so a device that lost its outbox file does not repeat numbers the
 * central service already gave it. A range on the text keeps the scan to this device's numbers.
 */
export function cachedNumberFloor(cache: Database | null, deviceId: number): number {
  if (!cache) return 0;
  const numbers = cache
    .prepare('SELECT number FROM support_requests WHERE number >= ? AND number < ?')
    .pluck()
    .all(`${deviceId}-`, `${deviceId}.`) as string[];
  let floor = 0;
  for (const number of numbers) {
    const n = /^\d+-(\d{1,12})(?:-\d+)?$/.exec(number)?.[1];
    if (n !== undefined) floor = Math.max(floor, Number(n));
  }
  return floor;
}
