import { chargeKopecks } from '../../shared/domain/charges.js';
import { fromScaled, toScaled } from './decimal.js';
import { type LineDraft, zoneLines } from './charge-lines.js';
import {
  type Dial,
  drumTurn,
  periodsBetween,
  spreadOverSpan,
  zoneConsumption,
} from './consumption.js';
import { type Estimate, estimatedGap, estimatePeriod, type PreviousCharge } from './estimate.js';
import { type Zone, zoneNames } from './zones.js';

/** One metered account-service's charge for a period, from its meter's readings and history. */

export interface MeterFacts extends Dial {
  id: number;
  zones: 1 | 2 | 3;
  nextVerificationOn: string;
}

export interface MeterReadings {
  /** Latest real reading of the period per zone (zone order); null when a zone has none. */
  current: string[] | null;
  /** Latest real reading before the period per zone, and its period. */
  base: { period: string; values: string[] } | null;
  /** Latest accepted reading of any source before the period: calculated readings continue it. */
  last: string[] | null;
}

export interface MeterHistory {
  previous: PreviousCharge | null;
  /** Monthly average per zone of the last real periods (≤ 6); null when there are none. */
  average: bigint[] | null;
  /** Volumes per zone charged between the base reading and this period, and whether they may be recalculated. */
  span: { volumes: bigint[]; recalculable: boolean } | null;
}

export interface MeterChargeInput {
  period: string;
  meter: MeterFacts;
  readings: MeterReadings;
  history: MeterHistory;
  /** Zone prices of the meter's scheme, in zone order. */
  prices: string[];
  /** The household's normative total (units of 10^-fractionDigits); called only when needed. */
  normativeTotal: () => bigint;
}

export interface MeterCharge {
  method: 'meter' | 'average' | 'normative';
  reason: Estimate['reason'] | null;
  streak: number | null;
  coefficient: '1' | '1.5';
  lines: LineDraft[];
  /** Kopecks: what the estimated periods since the base reading are corrected by. */
  recalculation: number;
  /** Calculated readings to record for an estimated period (none without an earlier reading). */
  calculated: { zone: Zone; value: string; source: 'average' | 'normative' }[];
}

/** The period's last day (ISO), by calendar arithmetic (called for every meter of a close). */
export function lastDayOf(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return `${period}-${days}`;
}

/** A meter is failed for a period when its verification expires before the period's last day. */
export function verificationExpired(nextVerificationOn: string, period: string): boolean {
  return nextVerificationOn < lastDayOf(period);
}

/**
 * By real readings when the meter is in order and both this period's and an earlier real reading
 * exist (spread over the estimated periods in between, with their recalculation); otherwise by
 * average, then normative ({@link estimatePeriod}).
 */
export function meterCharge(input: MeterChargeInput): MeterCharge {
  const { meter, readings } = input;
  const zones = zoneNames(meter.zones);
  const failed = verificationExpired(meter.nextVerificationOn, input.period);
  if (!failed && readings.current && readings.base) {
    return byReadings(input, zones, readings.current, readings.base);
  }
  const estimate = estimatePeriod({
    gap: estimatedGap(input.history.previous),
    failed,
    average: input.history.average,
    zones: meter.zones,
    normativeTotal: input.normativeTotal,
  });
  const turn = drumTurn(meter);
  const last = readings.last;
  return {
    method: estimate.method,
    reason: estimate.reason,
    streak: estimate.streak,
    coefficient: estimate.coefficient,
    lines: zoneLines({
      ...lineBasis(input, zones),
      volumes: estimate.volumes,
      coefficient: estimate.coefficient,
    }),
    recalculation: 0,
    calculated: last
      ? zones.map((zone, z) => ({
          zone,
          value: fromScaled(
            (toScaled(last[z] ?? '0', meter.fractionDigits) + estimate.volumes[z]!) % turn,
            meter.fractionDigits,
          ),
          source: estimate.method,
        }))
      : [],
  };
}

function lineBasis(input: MeterChargeInput, zones: Zone[]) {
  return { zones, fractionDigits: input.meter.fractionDigits, prices: input.prices };
}

function byReadings(
  input: MeterChargeInput,
  zones: Zone[],
  current: string[],
  base: { period: string; values: string[] },
): MeterCharge {
  const { meter, history } = input;
  const real = zones.map((_, z) => zoneConsumption(base.values[z]!, current[z]!, meter));
  const span = periodsBetween(base.period, input.period);
  const before = history.span?.volumes ?? zones.map(() => 0n);
  const { share, correction } = spreadOverSpan(real, span, before);
  const recalculable = span > 1 && history.span?.recalculable === true;
  const recalculation = recalculable
    ? correction.reduce(
        (total, volume, z) =>
          total + chargeKopecks(fromScaled(volume, meter.fractionDigits), input.prices[z]!),
        0,
      )
    : 0;
  return {
    method: 'meter',
    reason: null,
    streak: null,
    coefficient: '1',
    lines: zoneLines({
      ...lineBasis(input, zones),
      volumes: share,
      coefficient: '1',
      readings: { start: base.values, end: current },
    }),
    recalculation,
    calculated: [],
  };
}
