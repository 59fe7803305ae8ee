// "Отчеты" on a kiosk against a real central service (PGlite, demo data) and a real cache: every
// report equals what the central's own tables say (support/central-reports.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { formatKopecks } from '../../../../shared/domain/money.js';

import { type DemoDevice, startDemoDevice } from '../billing/support/demo-device.js';
import {
  centralChargePeriods,
  centralConsumption,
  centralPayments,
  centralReadings,
} from './support/central-reports.js';

const FROM = '2025-09-01';
const TODAY = '2026-03-18';

describe('reports on a kiosk, March 2026, as the central tables say', () => {
  let demo: DemoDevice;
  let accounts: number[];

  beforeAll(async () => {
    demo = await startDemoDevice({
      today: TODAY,
      now: '2026-03-18T06:00:00Z',
      profile: 'kiosk',
      regions: ['orenburg', 'tyumen'],
    });
    accounts = await demo.signIn('demo');
  });
  afterAll(() => demo.close());

  it('payment history: place, date, amount, service, period and the total within the range', async () => {
    for (const accountId of accounts) {
      const report = await demo.device.call('reports.payments', {
        accountId,
        from: FROM,
        to: TODAY,
      });
      const expected = await centralPayments(demo.db, accountId, FROM, TODAY);
      expect(expected.length).toBeGreaterThan(0);
      expect(
        report.payments.map((p) => ({
          id: p.paymentId,
          place: p.place,
          amount: p.amount,
          period: p.period,
          service: p.serviceName,
        })),
      ).toEqual(expected);
      expect(report.total).toBe(expected.reduce((sum, p) => sum + p.amount, 0));
      expect(report).toMatchObject({ accountId, from: FROM, to: TODAY });
    }
  });

  it('charge history: the six newest billed periods, one of them, or none outside them', async () => {
    const accountId = accounts[0]!;
    const expected = await centralChargePeriods(demo.db, accountId);
    expect(expected).toHaveLength(6);
    const all = await demo.device.call('reports.charges', { accountId, period: null });
    expect(all.availablePeriods).toEqual(expected.map((p) => p.period));
    expect(
      all.periods.map((p) => ({ period: p.period, total: p.total, services: p.services.length })),
    ).toEqual(expected);
    const one = await demo.device.call('reports.charges', { accountId, period: '2025-12' });
    expect(one.periods.map((p) => p.period)).toEqual(['2025-12']);
    const older = await demo.device.call('reports.charges', { accountId, period: '2025-03' });
    expect(older.periods).toEqual([]);
    expect(older.availablePeriods).toEqual(all.availablePeriods);
  });

  it('meter readings: rows of Рис. 28 with start of period, status and source; by kind', async () => {
    for (const accountId of accounts) {
      const report = await demo.device.call('reports.readings', {
        accountId,
        serviceId: null,
        from: FROM,
        to: TODAY,
      });
      const expected = await centralReadings(demo.db, accountId, FROM, TODAY);
      expect(expected.length).toBeGreaterThan(0);
      expect(report.rows.map(shownRow)).toEqual(expected);
    }
    const accountId = accounts[0]!;
    const { rows } = await sql<{ service_id: number }>`
      SELECT DISTINCT service_id FROM meters WHERE account_id = ${accountId}
       ORDER BY service_id LIMIT 1`.execute(demo.db);
    const serviceId = rows[0]!.service_id;
    const byKind = await demo.device.call('reports.readings', {
      accountId,
      serviceId,
      from: FROM,
      to: TODAY,
    });
    const expected = await centralReadings(demo.db, accountId, FROM, TODAY, serviceId);
    expect(byKind.rows.map(shownRow)).toEqual(expected);
    expect(new Set(byKind.rows.map((r) => r.serviceName)).size).toBe(1);
  });

  it('the 12-month chart per meter and zone, estimated months marked', async () => {
    const accountId = accounts[0]!;
    const meters = await sql<{ id: number; zones: number }>`
      SELECT id, zones FROM meters WHERE account_id = ${accountId} ORDER BY id`.execute(demo.db);
    for (const meter of meters.rows) {
      const chart = await demo.device.call('reports.consumption', { accountId, meterId: meter.id });
      expect(chart.points).toHaveLength(12);
      expect(chart.zones).toHaveLength(meter.zones);
      const expected = await centralConsumption(demo.db, accountId, meter.id);
      const shown = chart.points.flatMap((p) =>
        p.volumes.map((v) => ({ period: p.period, zone: v.zone, volume: v.volume })),
      );
      expect(shown).toEqual(
        expected.map((e) => ({ period: e.period, zone: e.zone, volume: e.volume })),
      );
      for (const point of chart.points) {
        const source = expected.find((e) => e.period === point.period)?.source;
        const method =
          source === 'average' ? 'average' : source === 'normative' ? 'normative' : 'meter';
        expect(point.method).toBe(point.volumes.some((v) => v.volume) ? method : null);
      }
    }
  });

  it('saves each report as an A4 PDF in Russian: title, account, address, period, rows', async () => {
    const accountId = accounts[0]!;
    const [account] = (
      await sql<{ number: string; address: string }>`
        SELECT number, address FROM accounts WHERE id = ${accountId}`.execute(demo.db)
    ).rows;
    const payment = (await centralPayments(demo.db, accountId, FROM, TODAY))[0]!;
    const payments = await demo.device.call('reports.pdf', {
      report: 'payments',
      accountId,
      from: FROM,
      to: TODAY,
    });
    const paid = pdfText(payments.contentBase64);
    expect(paid.head).toBe('%PDF-');
    expect(paid.info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(payments.fileName).toBe(`История_платежей_${FROM}_${TODAY}_ЛС_${account!.number}.pdf`);
    for (const piece of [
      'История платежей',
      `Лицевой счёт № ${account!.number}`,
      account!.address,
      'Период: с 01.09.2025 по 18.03.2026',
      'Дата формирования: 18.03.2026',
      payment.place,
      formatKopecks(payment.amount).replace(/\s/g, ' '),
    ])
      expect(paid.text).toContain(piece);

    const charges = pdfText(
      (await demo.device.call('reports.pdf', { report: 'charges', accountId, period: '2026-02' }))
        .contentBase64,
    );
    const [february] = await centralChargePeriods(demo.db, accountId);
    expect(charges.info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(charges.text).toContain('История начислений');
    expect(charges.text).toContain('Период: Февраль 2026');
    expect(charges.text).toContain(
      `Итого: ${formatKopecks(february!.total)} руб.`.replace(/\s/g, ' '),
    );

    const readings = pdfText(
      (
        await demo.device.call('reports.pdf', {
          report: 'readings',
          accountId,
          serviceId: null,
          from: FROM,
          to: TODAY,
        })
      ).contentBase64,
    );
    const reading = (await centralReadings(demo.db, accountId, FROM, TODAY))[0]!;
    expect(readings.text).toContain('Показания приборов учета');
    expect(readings.text).toContain('Вид: все приборы учета');
    expect(readings.text).toContain(reading.serial);
    expect(readings.text).toContain(reading.value.replace('.', ','));
    expect(readings.text).toContain('Успешно');
  });

  it('refuses a reversed range, a meter of another account, and unlinked accounts', async () => {
    const accountId = accounts[0]!;
    const reversed = { accountId, from: TODAY, to: FROM };
    expect(await demo.device.raw('reports.payments', reversed)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(
      await demo.device.raw('reports.readings', { ...reversed, serviceId: null }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const other = await sql<{ id: number; account_id: number }>`
      SELECT id, account_id FROM meters
       WHERE account_id NOT IN (${sql.join(accounts)}) ORDER BY id LIMIT 1`.execute(demo.db);
    const foreign = other.rows[0]!;
    expect(
      await demo.device.raw('reports.consumption', { accountId, meterId: foreign.id }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(
      await demo.device.raw('reports.charges', { accountId: foreign.account_id, period: null }),
    ).toMatchObject({ ok: false, error: { code: 'account_not_linked' } });
  });

  it("reports another region's account, fetched live, the same way", async () => {
    const [tyumen] = await demo.signIn('demo2');
    const payments = await demo.device.call('reports.payments', {
      accountId: tyumen!,
      from: FROM,
      to: TODAY,
    });
    const expected = await centralPayments(demo.db, tyumen!, FROM, TODAY);
    expect(expected.length).toBeGreaterThan(0);
    expect(payments.payments.map((p) => p.paymentId)).toEqual(expected.map((p) => p.id));
    const readings = await demo.device.call('reports.readings', {
      accountId: tyumen!,
      serviceId: null,
      from: FROM,
      to: TODAY,
    });
    expect(readings.rows.map(shownRow)).toEqual(
      await centralReadings(demo.db, tyumen!, FROM, TODAY),
    );
  });
});

/** The PDF's text as poppler reads it, whitespace (including no-break spaces) collapsed. */
function pdfText(contentBase64: string): { head: string; text: string; info: string } {
  const bytes = Buffer.from(contentBase64, 'base64');
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-report-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return { head: bytes.subarray(0, 5).toString('latin1'), text: text.replace(/\s+/g, ' '), info };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A report row in the shape of the central expectation. */
function shownRow(row: {
  key: string;
  serial: string;
  zone: string;
  entered: { date: string; value: string };
  period: string | null;
  source: string;
  status: string;
  start: { date: string; value: string } | null;
}) {
  return {
    key: row.key,
    serial: row.serial,
    zone: row.zone,
    value: row.entered.value,
    day: row.entered.date,
    period: row.period,
    source: row.source,
    status: row.status,
    start: row.start,
  };
}
