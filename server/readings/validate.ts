import { checkReading } from '../../shared/domain/readings.js';
import { readingWindowState } from '../../shared/domain/reading-window.js';
import type { MeterZone, ReadingSubmitMutation, PushReason } from '../../shared/sync/push.js';
import { type AcceptanceContext, zoneKey } from './context.js';
import { problemReason, rejection } from './reasons.js';

export type Acceptance =
  | { status: 'rejected'; reason: PushReason }
  | { status: 'applied'; period: string; values: { zone: MeterZone; value: string }[] };

const ZONES_BY_COUNT: Record<1 | 2 | 3, MeterZone[]> = {
  1: ['single'],
  2: ['T1', 'T2'],
  3: ['T1', 'T2', 'T3'],
};

/** The device may have been offline: a reading counts at its entry, but never later than now. */
function effectiveMoment(enteredAt: string, now: Date): Date {
  const entered = new Date(enteredAt);
  return entered.getTime() > now.getTime() ? now : entered;
}

/**
 * The period for a reading entered at `moment`, memoised per batch by the minute: local days
 * start on whole minutes in every time zone, and formatting a date in a zone is slow.
 */
function periodAt(
  context: AcceptanceContext,
  moment: Date,
  meter: { timeZone: string; window: { fromDay: number; toDay: number } },
): string {
  const minute = Math.floor(moment.getTime() / 60_000);
  const key = `${meter.timeZone}|${meter.window.fromDay}|${meter.window.toDay}|${minute}`;
  let period = context.periods.get(key);
  if (period === undefined) {
    period = readingWindowState(moment, meter.timeZone, meter.window).period;
    context.periods.set(key, period);
  }
  return period;
}

/**
 * Re-checks a submitted reading against the central data (never trusting the device's own
 * checks): the meter exists in the device's region, the resident has its account linked, the
 * zones match, and each zone's value passes checkReading against the latest accepted reading.
 * The period comes from the supplier's window in the region's time zone.
 */
export function acceptReading(
  mutation: ReadingSubmitMutation,
  device: { regionId: number },
  context: AcceptanceContext,
  now: Date,
): Acceptance {
  const { payload } = mutation;
  const meter = context.meters.get(payload.meterId);
  if (!meter) return { status: 'rejected', reason: rejection.meterUnknown() };
  if (meter.regionId !== device.regionId) {
    return { status: 'rejected', reason: rejection.meterOtherRegion() };
  }
  if (payload.userId !== null && !context.links.has(`${payload.userId}:${meter.accountId}`)) {
    return { status: 'rejected', reason: rejection.userNotLinked() };
  }
  const expected = ZONES_BY_COUNT[meter.zones];
  const given = payload.values.map((v) => v.zone);
  if (given.length !== expected.length || !expected.every((zone) => given.includes(zone))) {
    return { status: 'rejected', reason: rejection.zonesMismatch(meter.zones) };
  }
  const values: { zone: MeterZone; value: string }[] = [];
  for (const zone of expected) {
    const entered = payload.values.find((v) => v.zone === zone)!.value;
    const key = zoneKey(meter.id, zone);
    const check = checkReading(
      {
        meter: meter,
        value: entered,
        previous: context.previous.get(key) ?? null,
        averageMonthly: context.averageMonthly.get(key) ?? null,
      },
      payload.confirmed,
    );
    const unconfirmed = check.warnings.find(
      (w) =>
        (w.code === 'rollover' && !payload.confirmed.rollover) ||
        (w.code === 'jump' && !payload.confirmed.jump),
    );
    const problem = check.errors[0] ?? unconfirmed;
    if (problem) return { status: 'rejected', reason: problemReason(problem) };
    values.push({ zone, value: check.value ?? entered });
  }
  const period = periodAt(context, effectiveMoment(payload.enteredAt, now), meter);
  for (const { zone, value } of values) context.previous.set(zoneKey(meter.id, zone), value);
  return { status: 'applied', period, values };
}
