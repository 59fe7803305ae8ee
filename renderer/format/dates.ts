// Dates as people read them in Russia: ДД.ММ.ГГГГ, and ДД.ММ.ГГГГ ЧЧ:ММ in the region's zone.

/** "2027-03-01" → "01.03.2027". Anything that is not an ISO date is shown as it came. */
export function formatIsoDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : isoDate;
}

/**
 * An instant (ISO string in UTC) as "24.11.2026 09:15" on the wall clock of `timeZone`
 * (the device's zone when null).
 */
export function formatInstant(isoInstant: string, timeZone: string | null): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timeZone ?? undefined,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}.${get('month')}.${get('year')} ${get('hour')}:${get('minute')}`;
}
