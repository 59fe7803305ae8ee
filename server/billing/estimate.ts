import type { ChargeReason } from '../db/schema.js';
import { divRound, toScaled } from './decimal.js';
import { splitByZones } from './zones.js';

/**
 * Charges of a metered service without a usable reading (ПП 354 п.59–60): by the average
 * monthly consumption for up to three periods in a row, then by the normative. The demo
 * generator and the period close both decide with these functions.
 */

/** Periods in a row charged by average before the normative applies. */
export const AVERAGE_PERIODS = 3;
/** The average is taken over at most this many previous periods with real consumption. */
export const AVERAGE_WINDOW = 6;

/** What the previous period's charge of the same account and service says about the streak. */
export interface PreviousCharge {
  method: 'meter' | 'average' | 'normative' | 'area';
  reason: ChargeReason | null;
  /** 1..3 for a charge by average. */
  streak: number | null;
}

/**
 * How many periods in a row are without a usable reading, this one included: one more than an
 * average streak, past the average periods after a normative (unless that normative was for a
 * missing meter, i.e. the meter is new), 1 otherwise.
 */
export function estimatedGap(previous: PreviousCharge | null): number {
  if (previous?.method === 'average') return (previous.streak ?? AVERAGE_PERIODS) + 1;
  if (previous?.method === 'normative' && previous.reason !== 'no_meter') {
    return AVERAGE_PERIODS + 1;
  }
  return 1;
}

/** The normative monthly volume for `residents`, rounded (half up) to the meter's fraction digits. */
export function normativeVolume(
  perResident: string,
  residents: number,
  fractionDigits: number,
): bigint {
  const exact = toScaled(perResident, 4) * BigInt(residents);
  return divRound(exact, 10n ** BigInt(4 - fractionDigits));
}

/** Per zone: the total of recent real volumes over the number of periods, rounded half up. */
export function monthlyAverage(totals: bigint[], periods: number[]): bigint[] {
  return totals.map((total, z) => divRound(total, BigInt(periods[z] ?? 1)));
}

export interface Estimate {
  method: 'average' | 'normative';
  /** Volume per zone, in units of 10^-fractionDigits. */
  volumes: bigint[];
  /** Raising coefficient (повышающий коэффициент): 1.5 on a failed meter charged by normative. */
  coefficient: '1' | '1.5';
  reason: ChargeReason;
  /** Which average period in a row (1..3); null for a normative. */
  streak: number | null;
}

export interface EstimateInput {
  /** From {@link estimatedGap} (or counted by the caller). */
  gap: number;
  /** The meter's verification has expired (ПП 354 п.81(12) д). */
  failed: boolean;
  /** Monthly average per zone of recent real consumption; null when there is none. */
  average: bigint[] | null;
  zones: number;
  /** The normative total for the household; called only when the normative applies. */
  normativeTotal: () => bigint;
}

/** Average for periods 1..3 without a reading (when there is history), the normative after. */
export function estimatePeriod(input: EstimateInput): Estimate {
  const { gap, failed, average } = input;
  if (gap <= AVERAGE_PERIODS && average) {
    const reason = failed ? 'verification_expired' : 'no_reading';
    return { method: 'average', volumes: average, coefficient: '1', reason, streak: gap };
  }
  const reason = failed ? 'verification_expired' : average ? 'average_exhausted' : 'no_reading';
  return {
    method: 'normative',
    volumes: splitByZones(input.normativeTotal(), input.zones),
    coefficient: failed ? '1.5' : '1',
    reason,
    streak: null,
  };
}
