import { addMonths } from '../../shared/domain/dates.js';
import { addDays } from './calendar.js';
import type { Rng } from './prng.js';

/** Meters (приборы учёта) of a demo account and their verification dates. */

export type MeteredService = 'electricity' | 'cold_water' | 'hot_water';

export interface DemoMeter {
  id: number;
  service: MeteredService;
  kind: 'individual' | 'common';
  serial: string;
  zones: 1 | 2 | 3;
  /** Integer digits of the counter drum (it rolls over past 10^digitCapacity − 1). */
  digitCapacity: number;
  fractionDigits: number;
  installedOn: string;
  verifiedOn: string;
  nextVerificationOn: string;
  /** Read by automatic metering (АСКУЭ) every month instead of by the resident. */
  automatic: boolean;
  /** Opening value per zone, in units of 10^-fractionDigits. */
  start: bigint[];
}

/** Verification interval (межповерочный интервал), years. */
export const VERIFICATION_YEARS: Record<MeteredService, number> = {
  electricity: 16,
  cold_water: 6,
  hot_water: 6,
};

export interface MeterContext {
  today: string;
  /** First day of the oldest billing period: meters were installed before it. */
  historyStart: string;
}

/** Serial from the meter id through a bijection mod 9·10^8, so serials never repeat. */
export function serialFor(meterId: number, seed: number): string {
  const value = (BigInt(meterId) * 7_654_321n + BigInt(seed) * 1_000_003n) % 900_000_000n;
  return String(100_000_000n + value);
}

/**
 * Next verification date: about 4% overdue, 8% due within 6 months of `today`, the rest
 * later but such that the last verification precedes the history.
 */
export function verificationDates(
  rng: Rng,
  years: number,
  ctx: MeterContext,
  forced?: 'dueSoon',
): Pick<DemoMeter, 'installedOn' | 'verifiedOn' | 'nextVerificationOn'> {
  const roll = forced === 'dueSoon' ? 5 : rng.int(0, 99);
  const latest = addDays(addMonths(ctx.historyStart, years * 12), -1);
  let next: string;
  if (roll < 4) next = addDays(ctx.today, -rng.int(1, 400));
  else if (roll < 12) next = addDays(ctx.today, rng.int(20, 175));
  else {
    const earliest = addDays(addMonths(ctx.today, 6), 10);
    const span = Math.max(0, daysBetween(earliest, latest));
    next = addDays(earliest, rng.int(0, span));
  }
  const verifiedOn = addMonths(next, -years * 12);
  // A water meter is often on its second interval; an electricity meter rarely outlives one.
  const installedOn =
    years < 10 && rng.chance(30) ? addMonths(verifiedOn, -years * 12) : verifiedOn;
  return { installedOn, verifiedOn, nextVerificationOn: next };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function opening(rng: Rng, maxWhole: number, fractionDigits: number): bigint {
  const whole = BigInt(rng.int(0, maxWhole));
  const fraction = fractionDigits > 0 ? BigInt(rng.int(0, 10 ** fractionDigits - 1)) : 0n;
  return whole * 10n ** BigInt(fractionDigits) + fraction;
}

export interface MeterChoice {
  id: number;
  seed: number;
  service: MeteredService;
  kind?: 'individual' | 'common';
  zones?: 1 | 2 | 3;
  dueSoon?: boolean;
  automatic?: boolean;
}

/** One meter with plausible drum size, readings and dates. */
export function makeMeter(rng: Rng, choice: MeterChoice, ctx: MeterContext): DemoMeter {
  const kind = choice.kind ?? 'individual';
  const electric = choice.service === 'electricity';
  const zones = choice.zones ?? (electric ? rng.pick([1, 1, 1, 1, 1, 1, 2, 2, 2, 3] as const) : 1);
  const digitCapacity =
    kind === 'common' ? rng.int(7, 8) : electric ? rng.pick([5, 5, 6, 6, 6, 7, 8]) : 5;
  const fractionDigits = electric ? (kind === 'common' ? 0 : rng.int(0, 1)) : 3;
  const maxWhole = kind === 'common' ? 900_000 : electric ? 60_000 : 900;
  const dates = verificationDates(
    rng,
    VERIFICATION_YEARS[choice.service],
    ctx,
    choice.dueSoon ? 'dueSoon' : undefined,
  );
  return {
    id: choice.id,
    service: choice.service,
    kind,
    serial: serialFor(choice.id, choice.seed),
    zones,
    digitCapacity,
    fractionDigits,
    ...dates,
    automatic: choice.automatic ?? (kind === 'common' || (electric && rng.chance(15))),
    start: Array.from({ length: zones }, () => opening(rng, maxWhole, fractionDigits)),
  };
}
