// Contract-valid charges and readings views for renderer tests (parsed with the contract's
// schemas, so a fixture that drifts from the contract fails at once).
import {
  chargesViewSchema,
  readingsFormSchema,
  type ChargeServiceView,
  type ChargesView,
  type ReadingMeterView,
  type ReadingsForm,
} from '../../../shared/contract/billing-views.js';
import { ivanovAccount } from './fixtures.js';

const energy = 'АО «Оренбургсельэнергосбыт»';
const water = 'ООО «Оренбург Водоканал»';

function charge(overrides: Partial<ChargeServiceView> & Pick<ChargeServiceView, 'chargeId'>) {
  return {
    serviceId: overrides.chargeId,
    serviceName: 'Электроэнергия',
    unit: 'кВт·ч',
    supplierName: energy,
    tariff: '1',
    debtStart: 0,
    paid: 0,
    volume: '0',
    charged: 0,
    recalculation: 0,
    toPay: 0,
    coefficient: '1',
    method: 'meter' as const,
    reason: null,
    estimatedStreak: null,
    lines: [],
    meterSerials: [],
    ...overrides,
  };
}

/** Three-zone electricity by meter. 50×7,61 + 60×3,97 + 40×6,62 = 883,50. */
export const byMeterCharge = charge({
  chargeId: 501,
  serviceId: 1,
  tariff: '5.8900',
  debtStart: 12000,
  paid: 12000,
  volume: '150',
  charged: 88350,
  toPay: 88350,
  lines: [
    { zone: 'T1', readingStart: '4000', readingEnd: '4050', volume: '50', price: '7.61', amount: 38050 },
    { zone: 'T2', readingStart: '2500', readingEnd: '2560', volume: '60', price: '3.97', amount: 23820 },
    { zone: 'T3', readingStart: '3000', readingEnd: '3040', volume: '40', price: '6.62', amount: 26480 },
  ],
  meterSerials: ['011552148'],
});

/** Cold water by the 6-month average, the 2nd month in a row; an overpayment at the start. */
export const byAverageCharge = charge({
  chargeId: 502,
  serviceId: 2,
  serviceName: 'Холодное водоснабжение',
  unit: 'м³',
  supplierName: water,
  tariff: '45.12',
  debtStart: -5000,
  volume: '4.5',
  charged: 20304,
  toPay: 15304,
  method: 'average',
  reason: 'no_reading',
  estimatedStreak: 2,
  lines: [
    { zone: 'single', readingStart: null, readingEnd: null, volume: '4.5', price: '45.12', amount: 20304 },
  ],
  meterSerials: ['ВК-77120'],
});

/** Hot water by the normative with a raising coefficient 1,5 (failed meter): 673,60 × 1,5. */
export const byNormativeCharge = charge({
  chargeId: 503,
  serviceId: 3,
  serviceName: 'Горячее водоснабжение',
  unit: 'м³',
  supplierName: water,
  tariff: '210.5',
  volume: '3.2',
  charged: 101040,
  toPay: 101040,
  coefficient: '1.5',
  method: 'normative',
  reason: 'verification_expired',
  meterSerials: ['ГВ-1002'],
});

/** Sewerage without a meter, with a recalculation of −12,50. */
export const noMeterCharge = charge({
  chargeId: 504,
  serviceId: 4,
  serviceName: 'Водоотведение',
  unit: 'м³',
  supplierName: water,
  tariff: '38.1',
  volume: '7.5',
  charged: 28575,
  recalculation: -1250,
  toPay: 27325,
  method: 'normative',
  reason: 'no_meter',
});

/** Ivanov's November 2026: due 15 December (from March 2026 the 15th). */
export function ivanovCharges(overrides: Partial<ChargesView> = {}): ChargesView {
  const services = [byMeterCharge, byAverageCharge, byNormativeCharge, noMeterCharge];
  return chargesViewSchema.parse({
    ...ivanovAccount,
    period: '2026-11',
    asOf: '2026-12-01',
    dueDate: '2026-12-15',
    services,
    total: services.reduce((sum, s) => sum + s.toPay, 0),
    ...overrides,
  });
}

export function noCharges(): ChargesView {
  return ivanovCharges({ period: null, asOf: null, dueDate: null, services: [], total: 0 });
}

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
