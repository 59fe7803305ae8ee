// The report composers on hand-made rows: the cases demo data rarely shows (a meter past its
// capacity, a real reading after over-estimated months, a submission both queued and pulled).
import { describe, expect, it } from 'vitest';

import type { ReadingSubmission } from '../../../../db/outbox/reading-submissions.js';
import { composeConsumption } from '../../../../electron/services/reports/consumption-chart.js';
import { composeReadingsReport } from '../../../../electron/services/reports/readings-report.js';
import type { ReportAccount } from '../../../../electron/services/reports/report-account.js';
import type { SyncRow } from '../../../../shared/sync/protocol.js';

const region = { id: 1, code: 'orenburg', name: 'г. Оренбург', timeZone: 'Asia/Yekaterinburg' };

function account(readings: SyncRow<'reading'>[], digitCapacity = 5): ReportAccount {
  return {
    heading: {
      accountId: 7,
      number: '5600000007',
      address: 'г. Оренбург, ул. Советская, д. 1, кв. 1',
      regionName: region.name,
      ownerName: 'Иванов Иван Иванович',
    },
    bundle: {
      region,
      account: {
        id: 7,
        regionId: 1,
        number: '5600000007',
        address: 'г. Оренбург, ул. Советская, д. 1, кв. 1',
        area: '54.3',
        rooms: 2,
        residents: 3,
        ownerName: null,
        ownerPhone: null,
      },
      accountServices: [],
      services: [
        { id: 1, regionId: 1, code: 'electricity', name: 'Электроэнергия', unit: 'кВт·ч' },
      ],
      tariffs: [],
      suppliers: [],
      meters: [
        {
          id: 11,
          regionId: 1,
          accountId: 7,
          serviceId: 1,
          kind: 'individual',
          serial: '101533383',
          zones: 1,
          digitCapacity,
          fractionDigits: 0,
          installedOn: '2020-01-01',
          verifiedOn: '2020-01-01',
          nextVerificationOn: '2036-01-01',
        },
      ],
    },
    billing: { charges: [], chargeLines: [], readings, payments: [], requests: [], replies: [] },
  };
}

let serial = 0;
function reading(
  period: string,
  value: string,
  source: SyncRow<'reading'>['source'] = 'cabinet',
  extra: Partial<SyncRow<'reading'>> = {},
): SyncRow<'reading'> {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    regionId: 1,
    meterId: 11,
    period,
    zone: 'single',
    value,
    source,
    enteredAt: `${period}-20T05:00:00.000Z`,
    status: 'accepted',
    submissionId: null,
    ...extra,
  };
}

const now = new Date('2026-03-18T06:00:00Z');
const volumes = (chart: ReturnType<typeof composeConsumption>) =>
  chart.points.map((p) => [p.period, p.volumes[0]!.volume, p.method]);

describe('consumption chart', () => {
  it('adds the capacity when the meter wrapped past zero (also after an estimate); marks estimates', () => {
    const chart = composeConsumption(
      account([
        reading('2025-12', '99950'),
        reading('2026-01', '99990', 'average'),
        reading('2026-02', '00030'),
      ]),
      [],
      11,
      now,
    );
    expect(chart.points).toHaveLength(12);
    expect(volumes(chart).slice(-3)).toEqual([
      ['2025-12', null, null],
      ['2026-01', '40', 'average'],
      ['2026-02', '40', 'meter'],
    ]);
  });

  it('shows the correction when a real reading follows over-estimated months', () => {
    const chart = composeConsumption(
      account([
        reading('2025-12', '1000'),
        reading('2026-01', '1200', 'normative'),
        reading('2026-02', '1150'),
      ]),
      [],
      11,
      now,
    );
    expect(volumes(chart).slice(-2)).toEqual([
      ['2026-01', '200', 'normative'],
      ['2026-02', '-50', 'meter'],
    ]);
  });

  it('ends with the current period when nothing is billed or read yet', () => {
    const chart = composeConsumption(account([]), [], 11, now);
    expect(chart.points.map((p) => p.period)).toEqual([
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
      '2026-03',
    ]);
    expect(chart.points.every((p) => p.method === null && p.volumes[0]!.volume === null)).toBe(
      true,
    );
  });
});

describe('readings report', () => {
  const submission = (
    id: string,
    status: ReadingSubmission['status'],
    value: string,
    extra: Partial<ReadingSubmission> = {},
  ): ReadingSubmission => ({
    id,
    payload: {
      meterId: 11,
      userId: 5,
      source: 'kiosk',
      enteredAt: '2026-03-18T05:00:00.000Z',
      values: [{ zone: 'single', value }],
      confirmed: { rollover: false, jump: false },
    },
    status,
    reason: null,
    period: null,
    queuedAt: '2026-03-18T05:00:00.000Z',
    ...extra,
  });

  it('shows a pulled submission once, with the reason only this device heard', () => {
    const pulledId = '11111111-1111-4111-8111-111111111111';
    const queuedId = '22222222-2222-4222-8222-222222222222';
    const rejected = reading('2026-03', '1300', 'kiosk', {
      status: 'rejected',
      submissionId: pulledId,
      enteredAt: '2026-03-18T05:00:00.000Z',
    });
    const report = composeReadingsReport(
      account([
        reading('2026-01', '1100', 'counter'),
        reading('2026-02', '1200', 'average'),
        rejected,
      ]),
      [
        submission(pulledId, 'rejected', '1300', {
          reason: { code: 'less_than_previous', message: 'Показание меньше предыдущего.' },
        }),
        submission(queuedId, 'queued', '01250'),
      ],
      { from: '2026-03-01', to: '2026-03-31', serviceId: null },
    );
    expect(report.rows.map((r) => [r.key, r.status, r.reason, r.entered.value])).toEqual([
      [rejected.id, 'rejected', 'Показание меньше предыдущего.', '1300'],
      [`${queuedId}:single`, 'queued', null, '1250'],
    ]);
    // The start of the period is the last real reading: the January one, not February's estimate.
    expect(report.rows.map((r) => r.start)).toEqual([
      { date: '2026-01-20', value: '1100' },
      { date: '2026-01-20', value: '1100' },
    ]);
  });

  it('keeps only the chosen kind and the days of the range on the region calendar', () => {
    // 19:30 UTC on 31 January is already 1 February in Orenburg (UTC+5).
    const late = reading('2026-02', '1250', 'cabinet', { enteredAt: '2026-01-31T19:30:00.000Z' });
    const data = account([reading('2026-01', '1100'), late]);
    const february = { from: '2026-02-01', to: '2026-02-28' };
    expect(
      composeReadingsReport(data, [], { ...february, serviceId: null }).rows.map((r) => r.key),
    ).toEqual([late.id]);
    expect(composeReadingsReport(data, [], { ...february, serviceId: 2 }).rows).toEqual([]);
  });
});
