import type { ReadingSubmission } from '../../../db/outbox/reading-submissions.js';
import type { ReadingMeterView, ReadingsForm } from '../../../shared/contract/billing-views.js';
import { localDate } from '../../../shared/domain/dates.js';
import { type ReadingWindow, readingWindowState } from '../../../shared/domain/reading-window.js';
import { type MeterZone, meterZones } from '../../../shared/domain/readings.js';
import { verificationState } from '../../../shared/domain/verification.js';
import type { AccountBilling, AccountBundle } from '../../../shared/sync/http.js';
import type { SyncRow } from '../../../shared/sync/protocol.js';
import type { AccountData } from './account-data.js';
import {
  averageMonthly,
  compareByPeriodThenEntry,
  readingBefore,
  realReadings,
} from './reading-history.js';
import { meterSubmissions } from './submissions.js';

/** The window of ПП РФ № 354 (until the 25th) where a supplier's own is unknown or malformed. */
const DEFAULT_WINDOW: ReadingWindow = { fromDay: 15, toDay: 25 };

/** The reading window of the supplier that bills the meter's service to the account. */
export function meterWindow(bundle: AccountBundle, meter: SyncRow<'meter'>): ReadingWindow {
  const link = bundle.accountServices.find((a) => a.serviceId === meter.serviceId);
  const supplier = bundle.suppliers.find((s) => s.id === link?.supplierId);
  if (!supplier || supplier.readingWindowFrom > supplier.readingWindowTo) return DEFAULT_WINDOW;
  return { fromDay: supplier.readingWindowFrom, toDay: supplier.readingWindowTo };
}

interface Candidate {
  period: string;
  enteredAt: string;
  value: string;
}

const newest = (candidates: Candidate[]): Candidate | null =>
  candidates.sort(compareByPeriodThenEntry).at(-1) ?? null;

/**
 * One meter of "Ввод показаний" (Рис. 14): its dial, verification, the reading at the start of the
 * current period (the last real one before it), the base a new reading is checked against (the
 * newest real accepted reading or this device's own queued or applied one), the 6-month average,
 * the reading entered this period from any device, and the supplier's window at `now` in the
 * region's time zone. "The current period" is the one a reading entered now counts for.
 */
export function composeMeterView(
  data: { bundle: AccountBundle; billing: AccountBilling },
  own: readonly ReadingSubmission[],
  meter: SyncRow<'meter'>,
  now: Date,
): ReadingMeterView {
  const { bundle, billing } = data;
  const timeZone = bundle.region.timeZone;
  const window = meterWindow(bundle, meter);
  const state = readingWindowState(now, timeZone, window);
  const service = bundle.services.find((s) => s.id === meter.serviceId);
  const zones = meterZones({ ...meter, zones: meter.zones as 1 | 2 | 3 });
  const submissions = meterSubmissions(
    meter.id,
    own,
    billing.readings,
    (enteredAt) => readingWindowState(new Date(enteredAt), timeZone, window).period,
  );
  const perZone = zones.map((zone: MeterZone) => {
    const real = realReadings(billing.readings, meter.id, zone);
    const ownBases = submissions.flatMap((s) =>
      s.own && s.view.status !== 'rejected'
        ? s.view.values
            .filter((v) => v.zone === zone)
            .map((v) => ({ period: s.period, enteredAt: s.view.enteredAt, value: v.value }))
        : [],
    );
    return {
      zone,
      start: readingBefore(real, state.period),
      previous: newest([...real.slice(-1), ...ownBases]),
      average: averageMonthly(real),
    };
  });
  const starts = perZone.flatMap((z) => (z.start ? [z.start.enteredAt] : []));
  const startedAt = starts.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
  return {
    meterId: meter.id,
    serviceName: service?.name ?? '',
    unit: service?.unit ?? '',
    kind: meter.kind,
    zones: meter.zones,
    serial: meter.serial,
    digitCapacity: meter.digitCapacity,
    fractionDigits: meter.fractionDigits,
    nextVerificationOn: meter.nextVerificationOn,
    verificationOverdue: verificationState(meter.nextVerificationOn, now, timeZone).overdue,
    start: perZone.map((z) => ({ zone: z.zone, value: z.start?.value ?? null })),
    startDate: startedAt ? localDate(new Date(startedAt), timeZone) : null,
    previous: perZone.map((z) => ({ zone: z.zone, value: z.previous?.value ?? null })),
    averageMonthly: perZone.map((z) => ({ zone: z.zone, value: z.average })),
    entered: submissions.find((s) => s.period === state.period)?.view ?? null,
    window: { fromDay: window.fromDay, toDay: window.toDay, ...state },
  };
}

/** The whole "Ввод показаний" form of an account: every meter, today on the region's calendar. */
export function composeReadingsForm(
  data: AccountData,
  own: readonly ReadingSubmission[],
  now: Date,
): ReadingsForm {
  return {
    ...data.heading,
    today: localDate(now, data.bundle.region.timeZone),
    meters: data.bundle.meters.map((meter) => composeMeterView(data, own, meter, now)),
  };
}
