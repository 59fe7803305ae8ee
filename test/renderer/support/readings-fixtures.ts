// Contract-valid readings forms for renderer tests (parsed with the contract's schema, so a
// fixture that drifts from the contract fails at once).
import {
  readingsFormSchema,
  type ReadingMeterView,
  type ReadingsForm,
} from '../../../shared/contract/billing-views.js';
import { ivanovAccount } from './fixtures.js';

const openWindow = {
  fromDay: 15,
  toDay: 25,
  inWindow: true,
  daysLeft: 2,
  opensOn: null,
  period: '2026-11',
};

/** Single-rate electricity, 5 digits, no fraction; previous 1200, average 100 a month. */
export function singleMeter(overrides: Partial<ReadingMeterView> = {}): ReadingMeterView {
  return {
    meterId: 100,
    serviceName: 'Электроэнергия',
    unit: 'кВт·ч',
    kind: 'individual',
    zones: 1,
    serial: '101533383',
    digitCapacity: 5,
    fractionDigits: 0,
    nextVerificationOn: '2032-01-01',
    verificationOverdue: false,
    start: [{ zone: 'single', value: '1200' }],
    startDate: '2026-10-24',
    previous: [{ zone: 'single', value: '1200' }],
    averageMonthly: [{ zone: 'single', value: '100' }],
    entered: null,
    window: openWindow,
    ...overrides,
  };
}

/** Three-zone electricity, 6 digits and one decimal; verification due in March 2027. */
export function threeZoneMeter(overrides: Partial<ReadingMeterView> = {}): ReadingMeterView {
  const zones = (t1: string, t2: string, t3: string) => [
    { zone: 'T1' as const, value: t1 },
    { zone: 'T2' as const, value: t2 },
    { zone: 'T3' as const, value: t3 },
  ];
  return {
    ...singleMeter(),
    meterId: 101,
    zones: 3,
    serial: '011552148',
    digitCapacity: 6,
    fractionDigits: 1,
    nextVerificationOn: '2027-03-01',
    start: zones('4000', '2500', '3000'),
    previous: zones('4000', '2500', '3000'),
    averageMonthly: zones('60', '40', '50'),
    ...overrides,
  };
}

/** Cold water, 5 digits and 3 decimals, verification overdue. */
export function waterMeter(overrides: Partial<ReadingMeterView> = {}): ReadingMeterView {
  return {
    ...singleMeter(),
    meterId: 102,
    serviceName: 'Холодное водоснабжение',
    unit: 'м³',
    serial: 'ВК-77120',
    fractionDigits: 3,
    nextVerificationOn: '2026-01-01',
    verificationOverdue: true,
    start: [{ zone: 'single', value: '312.5' }],
    previous: [{ zone: 'single', value: '312.5' }],
    averageMonthly: [{ zone: 'single', value: '4.5' }],
    ...overrides,
  };
}

export function readingsForm(
  meters: ReadingMeterView[] = [singleMeter(), threeZoneMeter(), waterMeter()],
): ReadingsForm {
  return readingsFormSchema.parse({ ...ivanovAccount, today: '2026-11-24', meters });
}

/** The window after the 25th: readings count for December, acceptance opens 15 December. */
export const closedWindow = {
  fromDay: 15,
  toDay: 25,
  inWindow: false,
  daysLeft: null,
  opensOn: '2026-12-15',
  period: '2026-12',
};
