import type {
  ReadingMeterView,
  ReadingSubmitResult,
} from '../../../shared/contract/billing-views.js';
import { AppFailure } from '../../../shared/contract/result.js';
import { checkReading, type MeterZone, meterZones } from '../../../shared/domain/readings.js';

type Problems = Extract<ReadingSubmitResult, { status: 'needs_fix' }>['problems'];

export type SubmissionCheck =
  | { status: 'ok'; values: { zone: MeterZone; value: string }[] }
  | { status: 'needs_fix'; problems: Problems };

/**
 * Checks typed values against a meter's form view, zone by zone, with shared/domain/readings.ts
 * `checkReading` (the previous and 6-month average the form shows; confirmed warnings dropped).
 * Values must name exactly the meter's zones (else AppFailure 'invalid_input': the screen sends one
 * per zone). Returns the normalised values, or every error and unconfirmed warning per zone.
 */
export function checkSubmission(
  view: ReadingMeterView,
  values: readonly { zone: MeterZone; value: string }[],
  confirmed: { rollover: boolean; jump: boolean },
): SubmissionCheck {
  const zones = meterZones({ ...view, zones: view.zones as 1 | 2 | 3 });
  const given = new Set(values.map((v) => v.zone));
  if (given.size !== values.length || given.size !== zones.length) {
    throw new AppFailure('invalid_input', 'values must cover exactly the meter zones');
  }
  const problems: Problems = [];
  const normalised: { zone: MeterZone; value: string }[] = [];
  for (const zone of zones) {
    const typed = values.find((v) => v.zone === zone);
    if (!typed) throw new AppFailure('invalid_input', `no value for zone ${zone}`);
    const check = checkReading(
      {
        meter: { ...view, zones: view.zones as 1 | 2 | 3 },
        value: typed.value,
        previous: view.previous.find((p) => p.zone === zone)?.value ?? null,
        averageMonthly: view.averageMonthly.find((a) => a.zone === zone)?.value ?? null,
      },
      confirmed,
    );
    for (const problem of [...check.errors, ...check.warnings]) problems.push({ zone, problem });
    if (check.value !== null) normalised.push({ zone, value: check.value });
  }
  return problems.length > 0
    ? { status: 'needs_fix', problems }
    : { status: 'ok', values: normalised };
}
