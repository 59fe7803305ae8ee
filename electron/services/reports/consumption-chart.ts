import type { ReadingSubmission } from '../../../db/outbox/reading-submissions.js';
import type { ConsumptionChart } from '../../../shared/contract/report-views.js';
import {
  addScaled,
  compareScaled,
  formatScaled,
  parseDecimal,
  powerOfTen,
  type ScaledDecimal,
  subtractScaled,
} from '../../../shared/domain/decimal.js';
import { currentPeriod, previousPeriod, recentPeriods } from '../../../shared/domain/periods.js';
import { meterZones } from '../../../shared/domain/readings.js';
import { AppFailure } from '../../../shared/contract/result.js';
import { compareInstants } from './payments-report.js';
import { type ReadingEvent, readingEvents } from './reading-events.js';
import type { ReportAccount } from './report-account.js';

export const CHART_PERIODS = 12;

type Method = ConsumptionChart['points'][number]['method'];
const methodOf: Record<ReadingEvent['source'], NonNullable<Method>> = {
  cabinet: 'meter',
  kiosk: 'meter',
  counter: 'meter',
  automatic: 'meter',
  average: 'average',
  normative: 'normative',
};

/**
 * The 12-month consumption of one meter per zone, oldest first, ending with the account's latest
 * billed period: each period's volume is its accepted reading minus the previous period's (see
 * periodVolume for a fall). Periods charged by average or normative are
 * marked by method; a period without both readings has a null volume.
 * @throws AppFailure not_found when the meter is not the account's.
 */
export function composeConsumption(
  account: ReportAccount,
  submissions: readonly ReadingSubmission[],
  meterId: number,
  now: Date,
): ConsumptionChart {
  const { bundle, billing } = account;
  const meter = bundle.meters.find((m) => m.id === meterId);
  if (!meter) throw new AppFailure('not_found', 'meter is not on the account');
  const service = bundle.services.find((s) => s.id === meter.serviceId);
  const zones = meterZones({
    zones: meter.zones as 1 | 2 | 3,
    digitCapacity: meter.digitCapacity,
    fractionDigits: meter.fractionDigits,
  });
  const accepted = readingEvents(billing.readings, submissions, new Set([meterId])).filter(
    (e) => e.status === 'accepted' && e.period !== null,
  );
  const latest =
    maxOf(billing.charges.map((c) => c.period)) ??
    maxOf(accepted.map((e) => e.period!)) ??
    currentPeriod(now, bundle.region.timeZone);
  const periods = recentPeriods(latest, CHART_PERIODS).reverse();
  const closing = closingReadings(accepted);
  const capacity = powerOfTen(meter.digitCapacity);

  const points = periods.map((period) => {
    const before = previousPeriod(period);
    const volumes = zones.map((zone) => {
      const end = closing.get(`${period}|${zone}`);
      const start = closing.get(`${before}|${zone}`);
      const a = end && parseDecimal(end.value);
      const b = start && parseDecimal(start.value);
      if (!a || !b) return { zone, volume: null };
      return { zone, volume: formatScaled(periodVolume(subtractScaled(a, b), capacity)) };
    });
    const reading = zones.map((zone) => closing.get(`${period}|${zone}`)).find(Boolean);
    const known = volumes.some((v) => v.volume !== null);
    return { period, volumes, method: known && reading ? methodOf[reading.source] : null };
  });
  return {
    meterId: meter.id,
    serial: meter.serial,
    serviceName: service?.name ?? '',
    unit: service?.unit ?? '',
    zones,
    points,
  };
}

/**
 * A fall between two readings is either the meter wrapping past its capacity (99 950 → 30) or a
 * correction after over-estimated months (1 200 by normative → 1 150 read): whichever is smaller.
 */
function periodVolume(difference: ScaledDecimal, capacity: ScaledDecimal): ScaledDecimal {
  if (difference.units >= 0n) return difference;
  const wrapped = addScaled(difference, capacity);
  return compareScaled(wrapped, negate(difference)) < 0 ? wrapped : difference;
}

const negate = (value: ScaledDecimal): ScaledDecimal => ({ ...value, units: -value.units });

/** The newest accepted reading of each period and zone, keyed "period|zone". */
function closingReadings(events: readonly ReadingEvent[]): Map<string, ReadingEvent> {
  const closing = new Map<string, ReadingEvent>();
  for (const event of events) {
    const key = `${event.period}|${event.zone}`;
    const held = closing.get(key);
    if (!held || compareInstants(event.enteredAt, held.enteredAt) > 0) closing.set(key, event);
  }
  return closing;
}

function maxOf(values: readonly string[]): string | null {
  return values.reduce<string | null>((max, v) => (max === null || v > max ? v : max), null);
}
