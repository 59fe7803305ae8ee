// Contract-valid charges views for renderer tests (parsed with the contract's schema, so a
// fixture that drifts from the contract fails at once).
import {
  chargesViewSchema,
  type ChargeServiceView,
  type ChargesView,
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
    {
      zone: 'T1',
      readingStart: '4000',
      readingEnd: '4050',
      volume: '50',
      price: '7.61',
      amount: 38050,
    },
    {
      zone: 'T2',
      readingStart: '2500',
      readingEnd: '2560',
      volume: '60',
      price: '3.97',
      amount: 23820,
    },
    {
      zone: 'T3',
      readingStart: '3000',
      readingEnd: '3040',
      volume: '40',
      price: '6.62',
      amount: 26480,
    },
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
    {
      zone: 'single',
      readingStart: null,
      readingEnd: null,
      volume: '4.5',
      price: '45.12',
      amount: 20304,
    },
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
