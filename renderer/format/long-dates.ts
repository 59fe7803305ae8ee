// Dates in words, as the manual prints them: "1 августа 2026 г.", and periods: "август 2026 г.".
// Calendar dates carry no time zone, so they are formatted as UTC midnight of that day.

export type DateLocale = 'ru' | 'en';

const intlLocale: Record<DateLocale, string> = { ru: 'ru-RU', en: 'en-GB' };

function utcDate(isoDate: string): Date | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(isoDate);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? '1')));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-08-01" → "1 августа 2026 г." (ru) or "1 August 2026" (en); other text as it came. */
export function formatLongDate(isoDate: string, locale: DateLocale): string {
  const date = utcDate(isoDate);
  if (!date) return isoDate;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A billing period "2026-08" → "август 2026 г." (ru) or "August 2026" (en). */
export function formatPeriodName(period: string, locale: DateLocale): string {
  const date = utcDate(period);
  if (!date) return period;
  return new Intl.DateTimeFormat(intlLocale[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
