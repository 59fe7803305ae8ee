import {
  type ScaledDecimal,
  addScaled,
  compareScaled,
  divideScaled,
  formatScaled,
  multiplyScaled,
  parseDecimal,
  powerOfTen,
  reduceScale,
  requireDecimal,
  subtractScaled,
} from './decimal.js';

/** A meter register: single-rate, or a zone of a two- or three-zone meter (DOMAIN.md). */
export type MeterZone = 'single' | 'T1' | 'T2' | 'T3';

export interface MeterSpec {
  zones: 1 | 2 | 3;
  digitCapacity: number;
  fractionDigits: number;
}

export interface ReadingCheckInput {
  meter: MeterSpec;
  /** What the person typed: digits with an optional decimal comma or point. */
  value: string;
  /** The last accepted reading of this meter zone (exact decimal string), null when none. */
  previous: string | null;
  /** Average monthly consumption of this zone over the previous 6 months, null when unknown. */
  averageMonthly: string | null;
}

export type ReadingProblem =
  | { code: 'empty' }
  | { code: 'not_a_number' }
  | { code: 'negative' }
  | { code: 'too_many_digits'; capacity: number }
  | { code: 'fraction_not_allowed' }
  | { code: 'too_many_fraction_digits'; allowed: number }
  | { code: 'less_than_previous'; previous: string }
  /** A warning: plausible wrap past capacity, needs confirmation. */
  | { code: 'rollover'; previous: string; consumption: string }
  /** A warning: far above the average, needs confirmation. */
  | { code: 'jump'; consumption: string; averageMonthly: string; ratio: string };

export interface ReadingCheck {
  /** Normalised exact decimal (point separator, no leading zeros), null when not a number. */
  value: string | null;
  /** Blocking problems: the reading cannot be sent as typed. */
  errors: ReadingProblem[];
  /** Problems the person may confirm (rollover, jump); confirmed ones are removed. */
  warnings: ReadingProblem[];
  /** Consumption since `previous` (with rollover when confirmed/plausible), null when unknown. */
  consumption: string | null;
}

/** Consumption above JUMP_FACTOR × the 6-month average (and above JUMP_FLOOR) warns. */
export const JUMP_FACTOR = 3;
/** Consumption at or below this many units never counts as a jump, whatever the average. */
export const JUMP_FLOOR = 10;
/** Without a usable average, a wrap is plausible when it consumed at most this share of capacity. */
export const ROLLOVER_SHARE_PERCENT = 10;

/** The registers a meter has: ['single'] or T1..Tn for multi-zone meters. */
export function meterZones(meter: MeterSpec): MeterZone[] {
  return meter.zones === 1 ? ['single'] : (['T1', 'T2', 'T3'] as const).slice(0, meter.zones);
}

function assertSpec(meter: MeterSpec): void {
  const { digitCapacity, fractionDigits } = meter;
  if (!Number.isSafeInteger(digitCapacity) || digitCapacity < 1 || digitCapacity > 15) {
    throw new RangeError('digitCapacity must be an integer 1–15');
  }
  if (!Number.isSafeInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 6) {
    throw new RangeError('fractionDigits must be an integer 0–6');
  }
}

/** Format problems of a parsed value against the meter's drum (significant digits only). */
function formatProblems(value: ScaledDecimal, meter: MeterSpec): ReadingProblem[] {
  if (value.units < 0n) return [{ code: 'negative' }];
  const problems: ReadingProblem[] = [];
  const { scale } = reduceScale(value);
  if (compareScaled(value, powerOfTen(meter.digitCapacity)) >= 0) {
    problems.push({ code: 'too_many_digits', capacity: meter.digitCapacity });
  }
  if (scale > 0 && meter.fractionDigits === 0) problems.push({ code: 'fraction_not_allowed' });
  else if (scale > meter.fractionDigits) {
    problems.push({ code: 'too_many_fraction_digits', allowed: meter.fractionDigits });
  }
  return problems;
}

/** The largest consumption a wrap past capacity may plausibly represent. */
function rolloverLimit(meter: MeterSpec, average: ScaledDecimal | null): ScaledDecimal {
  const byShare: ScaledDecimal = {
    units: 10n ** BigInt(meter.digitCapacity) * BigInt(ROLLOVER_SHARE_PERCENT),
    scale: 2,
  };
  if (!average) return byShare;
  const byAverage = multiplyScaled(average, { units: BigInt(JUMP_FACTOR), scale: 0 });
  return compareScaled(byAverage, byShare) > 0 ? byAverage : byShare;
}

function jumpWarning(
  consumption: ScaledDecimal,
  average: ScaledDecimal | null,
): ReadingProblem | null {
  // A zero average (e.g. a flat left empty) gives no ratio to judge by, so no jump warning.
  if (!average || average.units <= 0n) return null;
  const threshold = multiplyScaled(average, { units: BigInt(JUMP_FACTOR), scale: 0 });
  const floor: ScaledDecimal = { units: BigInt(JUMP_FLOOR), scale: 0 };
  if (compareScaled(consumption, threshold) <= 0 || compareScaled(consumption, floor) <= 0) {
    return null;
  }
  return {
    code: 'jump',
    consumption: formatScaled(consumption),
    averageMonthly: formatScaled(average),
    ratio: formatScaled(divideScaled(consumption, average, 1)),
  };
}

/**
 * Checks a typed meter reading against the meter's drum, the previous accepted reading and the
 * 6-month average. Errors block sending; warnings (rollover, jump) need the person's
 * confirmation, and confirmed ones are dropped. Exact decimal arithmetic throughout.
 * Throws RangeError only for an invalid meter spec or a non-numeric `previous`/`averageMonthly`
 * (stored data, not typed input); any typed `value` yields a result.
 */
export function checkReading(
  input: ReadingCheckInput,
  confirmed: { rollover?: boolean; jump?: boolean } = {},
): ReadingCheck {
  const { meter } = input;
  assertSpec(meter);
  const previous = input.previous === null ? null : requireDecimal(input.previous, 'previous');
  const average =
    input.averageMonthly === null ? null : requireDecimal(input.averageMonthly, 'averageMonthly');
  const typed = input.value.trim();
  if (typed === '')
    return { value: null, errors: [{ code: 'empty' }], warnings: [], consumption: null };
  const value = parseDecimal(typed);
  if (!value) {
    return { value: null, errors: [{ code: 'not_a_number' }], warnings: [], consumption: null };
  }
  const result: ReadingCheck = {
    value: formatScaled(value),
    errors: formatProblems(value, meter),
    warnings: [],
    consumption: null,
  };
  if (result.errors.length > 0 || !previous) return result;

  let consumption = subtractScaled(value, previous);
  if (consumption.units < 0n) {
    const wrapped = addScaled(consumption, powerOfTen(meter.digitCapacity));
    const plausible =
      wrapped.units > 0n && compareScaled(wrapped, rolloverLimit(meter, average)) <= 0;
    if (!plausible) {
      result.errors.push({ code: 'less_than_previous', previous: formatScaled(previous) });
      return result;
    }
    consumption = wrapped;
    if (!confirmed.rollover) {
      result.warnings.push({
        code: 'rollover',
        previous: formatScaled(previous),
        consumption: formatScaled(consumption),
      });
    }
  }
  result.consumption = formatScaled(consumption);
  const jump = jumpWarning(consumption, average);
  if (jump && !confirmed.jump) result.warnings.push(jump);
  return result;
}
