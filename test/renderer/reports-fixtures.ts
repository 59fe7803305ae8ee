// Contract-valid report views for the reports page tests: every builder parses its result with
// the contract's schema, so a fixture that drifts from the contract fails at once.
import {
  chargesReportSchema,
  consumptionChartSchema,
  paymentsReportSchema,
  readingsReportSchema,
  type ChargesReport,
  type ConsumptionChart,
  type PaymentsReport,
  type ReadingsReport,
} from '../../shared/contract/report-views.js';
import { ivanovAccount } from './support/fixtures.js';

const heading = { ...ivanovAccount };

export function paymentsReport(from: string, to: string, empty = false): PaymentsReport {
  return paymentsReportSchema.parse({
    ...heading,
    from,
    to,
    payments: empty
      ? []
      : [
          {
            paymentId: 2,
            paidAt: '2026-02-06T08:48:00.000Z',
            place: 'Почта России',
            amount: 138200,
            serviceName: 'Электроэнергия',
            period: '2026-02',
          },
          {
            paymentId: 1,
            paidAt: '2026-01-13T06:28:00.000Z',
            place: 'Касса ЕРЦ',
            amount: 250000,
            serviceName: null,
            period: '2026-01',
          },
        ],
    total: empty ? 0 : 388200,
  });
}

const service = (period: string, toPay: number, method = 'meter') => ({
  chargeId: Number(period.replace('-', '')),
  serviceId: 1,
  serviceName: 'Электроэнергия',
  unit: 'кВт·ч',
  supplierName: 'АО «Оренбургсельэнергосбыт»',
  tariff: '5.5696',
  debtStart: 120238,
  paid: 120238,
  volume: '312.3',
  charged: toPay,
  recalculation: 0,
  toPay,
  coefficient: '1',
  method,
  reason: method === 'average' ? 'no_reading' : null,
  estimatedStreak: method === 'average' ? 1 : null,
  lines: [],
  meterSerials: ['011552148'],
});

export const sixPeriods = ['2026-02', '2026-01', '2025-12', '2025-11', '2025-10', '2025-09'];

export function chargesReport(period: string | null): ChargesReport {
  const chosen = period === null ? sixPeriods : sixPeriods.filter((p) => p === period);
  return chargesReportSchema.parse({
    ...heading,
    availablePeriods: sixPeriods,
    periods: chosen.map((p, i) => {
      const s = service(p, 173938 + i, i === 1 ? 'average' : 'meter');
      return { period: p, services: [s], total: s.toPay };
    }),
  });
}

const row = (overrides: Record<string, unknown>) => ({
  key: 'k',
  meterId: 100,
  serviceName: 'Электроэнергия',
  kind: 'individual',
  zones: 2,
  serial: '011552148',
  unit: 'кВт·ч',
  zone: 'T1',
  start: { date: '2026-01-21', value: '44700.6' },
  entered: { date: '2026-02-15', value: '44778.8' },
  period: '2026-02',
  status: 'accepted',
  reason: null,
  source: 'cabinet',
  ...overrides,
});

export function readingsReport(from: string, to: string): ReadingsReport {
  return readingsReportSchema.parse({
    ...heading,
    from,
    to,
    rows: [
      row({
        key: 'q',
        zone: 'T1',
        status: 'queued',
        period: null,
        source: 'kiosk',
        entered: { date: to, value: '44800' },
      }),
      row({
        key: 'r',
        meterId: 101,
        serviceName: 'Холодное водоснабжение',
        kind: 'common',
        zones: 1,
        serial: 'ВК-77120',
        unit: 'м³',
        zone: 'single',
        status: 'rejected',
        reason: 'Показание меньше предыдущего (415,877). Проверьте его.',
        source: 'counter',
        period: null,
        start: null,
        entered: { date: '2026-02-16', value: '400.5' },
      }),
      row({ key: 'a1', zone: 'T1' }),
      row({ key: 'a2', zone: 'T2', start: null, entered: { date: '2026-02-15', value: '42793' } }),
      row({
        key: 'c',
        zone: 'T1',
        source: 'average',
        entered: { date: '2026-01-26', value: '44700.6' },
      }),
    ],
  });
}

export function consumptionChart(meterId: number): ConsumptionChart {
  const periods = [
    '2025-03',
    '2025-04',
    '2025-05',
    '2025-06',
    '2025-07',
    '2025-08',
    '2025-09',
    '2025-10',
    '2025-11',
    '2025-12',
    '2026-01',
    '2026-02',
  ];
  return consumptionChartSchema.parse({
    meterId,
    serial: '011552148',
    serviceName: 'Электроэнергия',
    unit: 'кВт·ч',
    zones: ['T1', 'T2'],
    points: periods.map((period, i) => ({
      period,
      volumes: [
        { zone: 'T1', volume: i === 0 ? null : String(100 + i) },
        { zone: 'T2', volume: i === 0 ? null : `${40 + i}.5` },
      ],
      method: i === 0 ? null : i === 4 ? 'average' : i === 5 ? 'normative' : 'meter',
    })),
  });
}
