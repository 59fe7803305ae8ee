import type { ReadingSubmission } from '../../../db/outbox/reading-submissions.js';
import type { ReadingsReport } from '../../../shared/contract/report-views.js';
import { compareInstants } from './payments-report.js';
import { compareZones, type ReadingEvent, readingEvents } from './reading-events.js';
import { type DayRange, inRange, type ReportAccount, regionDay } from './report-account.js';

export interface ReadingsReportQuery extends DayRange {
  /** "Вид": the meters of one service; null for all. */
  serviceId: number | null;
}

/**
 * "Показания приборов учета" (Рис. 28): every reading of the account's meters (of the chosen
 * service) entered within the range on the region's calendar, newest first, with the reading at
 * the start of its period, its status (accepted "Успешно", queued, rejected with the reason) and
 * its source, so a calculated reading is never taken for a real one.
 */
export function composeReadingsReport(
  account: ReportAccount,
  submissions: readonly ReadingSubmission[],
  query: ReadingsReportQuery,
): ReadingsReport {
  const { bundle, billing, heading } = account;
  const timeZone = bundle.region.timeZone;
  const services = new Map(bundle.services.map((s) => [s.id, s]));
  const meters = new Map(
    bundle.meters
      .filter((m) => query.serviceId === null || m.serviceId === query.serviceId)
      .map((m) => [m.id, m]),
  );
  const events = readingEvents(billing.readings, submissions, new Set(meters.keys()));
  const realAccepted = events.filter((e) => e.status === 'accepted' && !calculated.has(e.source));
  const rows = events
    .filter((e) => inRange(regionDay(e.enteredAt, timeZone), query))
    .sort(
      (a, b) =>
        compareInstants(b.enteredAt, a.enteredAt) ||
        a.meterId - b.meterId ||
        compareZones(a.zone, b.zone),
    )
    .flatMap((event) => {
      const meter = meters.get(event.meterId);
      if (!meter) return [];
      const service = services.get(meter.serviceId);
      const start = startOf(event, realAccepted);
      return [
        {
          key: event.key,
          meterId: meter.id,
          serviceName: service?.name ?? '',
          kind: meter.kind,
          zones: meter.zones,
          serial: meter.serial,
          unit: service?.unit ?? '',
          zone: event.zone,
          start: start && { date: regionDay(start.enteredAt, timeZone), value: start.value },
          entered: { date: regionDay(event.enteredAt, timeZone), value: event.value },
          period: event.period,
          status: event.status,
          reason: event.reason,
          source: event.source,
        },
      ];
    });
  return { ...heading, from: query.from, to: query.to, rows };
}

const calculated = new Set<ReadingEvent['source']>(['average', 'normative']);

/**
 * "Показания на начало периода": the newest real accepted reading (not a calculated one) of the
 * same meter zone from an earlier period, or, for a reading whose period the server has not named
 * yet, entered before it; the same start the readings form shows.
 */
function startOf(event: ReadingEvent, accepted: readonly ReadingEvent[]): ReadingEvent | null {
  let best: ReadingEvent | null = null;
  for (const other of accepted) {
    if (other.meterId !== event.meterId || other.zone !== event.zone || other.key === event.key)
      continue;
    const earlier =
      event.period !== null && other.period !== null
        ? other.period < event.period
        : compareInstants(other.enteredAt, event.enteredAt) < 0;
    if (!earlier) continue;
    if (!best || isLater(other, best)) best = other;
  }
  return best;
}

function isLater(a: ReadingEvent, b: ReadingEvent): boolean {
  if (a.period !== null && b.period !== null && a.period !== b.period) return a.period > b.period;
  return compareInstants(a.enteredAt, b.enteredAt) > 0;
}
