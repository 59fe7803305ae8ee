import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { verifyPassword } from '../../../server/auth/password.js';
import { requisitesProblems } from '../../../server/demo/requisites.js';
import { type DemoSummary, seedDemoData } from '../../../server/demo/seed.js';
import { verificationState } from '../../../shared/domain/verification.js';
import {
  balanceIdentity,
  chargedFromLines,
  chargedFromVolume,
  debtContinuity,
  linesWhereMetered,
  derivedVolumes,
  meteredChargesMatchReadings,
  paymentsMatchPaid,
} from './billing-checks.js';
import { BACKENDS, type FreshCentral, freshCentral } from './central-backends.js';

const TODAY = '2026-11-24';
const NOW = new Date('2026-11-24T07:00:00Z');
const ACCOUNTS = 200;

describe.each(BACKENDS)('demo data on %s', (kind) => {
  let fresh: FreshCentral;
  let summary: DemoSummary;
  const db = () => fresh.central.db;

  beforeAll(async () => {
    fresh = await freshCentral(kind);
    summary = await seedDemoData(fresh.central, { accounts: ACCOUNTS, today: TODAY });
  });
  afterAll(() => fresh?.drop());

  it('writes the four regions, 16 suppliers, six services each and the accounts asked for', async () => {
    const regions = await db().selectFrom('regions').selectAll().orderBy('id').execute();
    expect(regions.map((r) => r.code)).toEqual(['tyumen', 'kurgan', 'surgut', 'orenburg']);
    expect(new Set(regions.map((r) => r.time_zone))).toEqual(new Set(['Asia/Yekaterinburg']));
    const count = async (
      table: 'accounts' | 'account_services' | 'services' | 'meters' | 'charges',
    ) =>
      Number(
        (await db().selectFrom(table).select(db().fn.countAll().as('n')).executeTakeFirstOrThrow())
          .n,
      );
    expect(await count('accounts')).toBe(ACCOUNTS);
    expect(await count('services')).toBe(24);
    expect(await count('account_services')).toBe(ACCOUNTS * 6);
    expect(await count('meters')).toBe(summary.meters);
    // 13 periods × 6 services per account.
    expect(await count('charges')).toBe(ACCOUNTS * 13 * 6);
    expect(summary).toMatchObject({
      regions: 4,
      suppliers: 16,
      accounts: ACCOUNTS,
      charges: ACCOUNTS * 78,
    });
    expect(summary.readings).toBeGreaterThan(ACCOUNTS * 14 * 2);
    expect(summary.payments).toBeGreaterThan(ACCOUNTS * 13 * 3);
  });

  it('gives suppliers requisites that pass the INN and bank-key checks', async () => {
    const suppliers = await db().selectFrom('suppliers').selectAll().execute();
    for (const s of suppliers) {
      expect(
        requisitesProblems({
          inn: s.inn,
          kpp: s.kpp,
          bic: s.bic,
          settlementAccount: s.settlement_account,
          correspondentAccount: s.correspondent_account,
        }),
      ).toEqual([]);
    }
    const perRegion = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM suppliers GROUP BY region_id`.execute(db());
    for (const row of perRegion.rows) expect(row.n).toBeGreaterThanOrEqual(3);
  });

  it('changes tariffs on 1 January and 1 July, with night cheaper than day for electricity', async () => {
    const tariffs = await db().selectFrom('tariffs').selectAll().execute();
    expect(new Set(tariffs.map((t) => t.valid_from))).toEqual(
      new Set(['2025-07-01', '2026-01-01', '2026-07-01']),
    );
    const price = (regionId: number, zoneCount: number, zone: string, from: string) =>
      Number(
        tariffs.find(
          (t) =>
            t.region_id === regionId &&
            t.service_id === (regionId - 1) * 6 + 1 &&
            t.zone_count === zoneCount &&
            t.zone === zone &&
            t.valid_from === from,
        )?.price,
      );
    for (const regionId of [1, 2, 3, 4]) {
      const at = (zoneCount: number, zone: string) =>
        price(regionId, zoneCount, zone, '2026-07-01');
      // peak > day > single ≥ semi-peak > night, and night is the same in both schemes.
      expect(at(3, 'T1')).toBeGreaterThan(at(2, 'T1'));
      expect(at(2, 'T1')).toBeGreaterThan(at(1, 'single'));
      expect(at(1, 'single')).toBeGreaterThanOrEqual(at(3, 'T3'));
      expect(at(3, 'T3')).toBeGreaterThan(at(3, 'T2'));
      expect(at(2, 'T2')).toBe(at(3, 'T2'));
      expect(at(1, 'single')).toBeGreaterThan(5);
      expect(at(1, 'single')).toBeGreaterThan(price(regionId, 1, 'single', '2025-07-01'));
    }
  });

  it('prices electricity in three schemes (single, day/night, peak/night/semi-peak), the rest single', async () => {
    const rows = await db()
      .selectFrom('tariffs')
      .innerJoin('services', 'services.id', 'tariffs.service_id')
      .select(['services.code', 'tariffs.zone_count', 'tariffs.zone', 'tariffs.valid_from'])
      .where('tariffs.region_id', '=', 4)
      .execute();
    const schemes = (code: string) =>
      [
        ...new Set(
          rows
            .filter((r) => r.code === code && r.valid_from === '2026-07-01')
            .map((r) => `${r.zone_count}:${r.zone}`),
        ),
      ].sort();
    expect(schemes('electricity')).toEqual(['1:single', '2:T1', '2:T2', '3:T1', '3:T2', '3:T3']);
    for (const code of ['cold_water', 'hot_water', 'sewerage', 'heating', 'waste'])
      expect(schemes(code)).toEqual(['1:single']);
    // Every scheme and zone has a price for every change date.
    expect(rows).toHaveLength((6 + 5) * 3);
  });

  it('keeps every balance identity and carries debts from period to period', async () => {
    const identity = await balanceIdentity(db());
    expect(identity[0]).toBe(ACCOUNTS * 78);
    expect(identity[1]).toBe(0);
    const continuity = await debtContinuity(db());
    expect(continuity[0]).toBe(ACCOUNTS * 72);
    expect(continuity[1]).toBe(0);
    expect(await paymentsMatchPaid(db())).toEqual([ACCOUNTS * 78, 0]);
  });

  it('charges agree with readings × tariffs, exactly to the kopeck', async () => {
    const plain = await chargedFromVolume(db());
    const lined = await chargedFromLines(db());
    expect(plain[0] + lined[0]).toBe(ACCOUNTS * 78);
    expect(plain[1]).toBe(0);
    expect(lined[0]).toBeGreaterThan(ACCOUNTS * 13 * 2);
    expect(lined[1]).toBe(0);
    expect(await linesWhereMetered(db())).toEqual([ACCOUNTS * 78, 0]);
    const metered = await meteredChargesMatchReadings(db());
    expect(metered[0]).toBeGreaterThan(ACCOUNTS * 13 * 2);
    expect(metered[1]).toBe(0);
    expect(await derivedVolumes(db())).toEqual([ACCOUNTS * 13 * 2, 0]);
  });

  it('charges metered services by average for at most three periods in a row, then by normative', async () => {
    const rows = await db()
      .selectFrom('charges')
      .innerJoin('services', 'services.id', 'charges.service_id')
      .select(['account_id', 'service_id', 'method', 'code'])
      .orderBy('account_id')
      .orderBy('service_id')
      .orderBy('period')
      .execute();
    let key = '';
    let averages = 0;
    for (const row of rows) {
      const rowKey = `${row.account_id}/${row.service_id}`;
      if (rowKey !== key) [key, averages] = [rowKey, 0];
      averages = row.method === 'average' ? averages + 1 : 0;
      // Sewerage follows the weaker of the two water lines, so only metered services count.
      if (['electricity', 'cold_water', 'hot_water'].includes(row.code)) {
        expect(averages).toBeLessThanOrEqual(3);
      }
    }
    expect(new Set(rows.map((r) => r.method))).toEqual(
      new Set(['meter', 'average', 'normative', 'area']),
    );
    const reasons = await sql<{ method: string; reason: string | null; streak: number | null }>`
      SELECT DISTINCT c.method, c.reason, c.estimated_streak AS streak FROM charges c
      JOIN services s ON s.id = c.service_id WHERE s.code IN ('electricity', 'cold_water', 'hot_water')
      ORDER BY 1, 2, 3`.execute(db());
    const combos = reasons.rows.map((r) => `${r.method}:${r.reason ?? '-'}:${r.streak ?? '-'}`);
    // Every estimated charge says why; only averages count their streak, from 1 to 3.
    for (const combo of combos) {
      expect(combo).toMatch(
        /^(meter:-:-|average:(no_reading|verification_expired):[123]|normative:(no_reading|average_exhausted|verification_expired|no_meter):-)$/,
      );
    }
    expect(combos).toEqual(
      expect.arrayContaining(['meter:-:-', 'average:no_reading:1', 'normative:no_meter:-']),
    );
    const sources = await db().selectFrom('readings').select('source').distinct().execute();
    expect(new Set(sources.map((s) => s.source))).toEqual(
      new Set(['cabinet', 'kiosk', 'counter', 'automatic', 'average', 'normative']),
    );
  });

  it('marks the seeded periods closed in every region and seeds the norms', async () => {
    const periods = await db()
      .selectFrom('billing_periods')
      .select(['region_id', 'period', 'status'])
      .orderBy('region_id')
      .orderBy('period')
      .execute();
    expect(periods).toHaveLength(4 * 13);
    expect(periods.every((p) => p.status === 'closed')).toBe(true);
    expect(periods[0]!.period).toBe('2025-10');
    expect(periods.at(-1)!.period).toBe('2026-10');
    const norms = await db()
      .selectFrom('normatives')
      .innerJoin('services', 'services.id', 'normatives.service_id')
      .select(['code', 'per_resident', 'per_square_metre', 'normatives.region_id'])
      .where('normatives.region_id', '=', 4)
      .orderBy('code')
      .execute();
    expect(norms.map((n) => n.code)).toEqual([
      'cold_water',
      'electricity',
      'heating',
      'hot_water',
      'waste',
    ]);
    const heating = norms.find((n) => n.code === 'heating')!;
    expect(Number(heating.per_square_metre)).toBeGreaterThan(0);
    expect(Number(norms.find((n) => n.code === 'waste')!.per_resident)).toBe(1);
  });

  it('has 1-, 2- and 3-zone meters, common ones, and verifications due soon and overdue', async () => {
    const meters = await db().selectFrom('meters').selectAll().execute();
    expect(new Set(meters.map((m) => m.zones))).toEqual(new Set([1, 2, 3]));
    expect(meters.some((m) => m.kind === 'common')).toBe(true);
    const states = meters.map((m) =>
      verificationState(m.next_verification_on, NOW, 'Asia/Yekaterinburg'),
    );
    expect(states.filter((s) => s.dueSoon).length).toBeGreaterThan(5);
    expect(states.filter((s) => s.overdue).length).toBeGreaterThan(5);
    for (const m of meters) {
      expect(m.digit_capacity).toBeGreaterThanOrEqual(5);
      expect(m.digit_capacity).toBeLessThanOrEqual(8);
      expect(m.verified_on <= TODAY && m.installed_on <= m.verified_on).toBe(true);
    }
  });

  it('names owners with agreeing gender endings and numbers accounts by region', async () => {
    const accounts = await db()
      .selectFrom('accounts')
      .innerJoin('regions', 'regions.id', 'accounts.region_id')
      .select(['number', 'owner_name', 'owner_phone', 'code'])
      .execute();
    const prefixes: Record<string, string> = {
      tyumen: '72',
      kurgan: '45',
      surgut: '86',
      orenburg: '56',
    };
    for (const a of accounts) {
      expect(a.number.slice(0, 2)).toBe(prefixes[a.code]);
      const [surname = '', , patronymic = ''] = a.owner_name.split(' ');
      if (patronymic.endsWith('на')) expect(surname).not.toMatch(/(ов|ев|ёв|ин|ий|ой|ый)$/);
      else {
        expect(patronymic).toMatch(/ич$/);
        expect(surname).not.toMatch(/(ова|ева|ёва|ина|ая)$/);
      }
      if (a.owner_phone !== null) expect(a.owner_phone).toMatch(/^\+79\d{9}$/);
    }
    expect(accounts.some((a) => a.owner_phone === null)).toBe(true);
  });

  it('creates the named demo users with the documented password', async () => {
    expect(
      summary.users.map((u) => [u.login, u.password, u.regionCode, u.accounts.length]),
    ).toEqual([
      ['demo', 'Kabinet-2026', 'orenburg', 2],
      ['demo2', 'Kabinet-2026', 'tyumen', 1],
    ]);
    for (const user of summary.users) {
      const row = await db()
        .selectFrom('users')
        .selectAll()
        .where('login', '=', user.login)
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(row.password_hash, 'Kabinet-2026')).toBe(true);
      expect(row.full_name).toBe(user.fullName);
      const links = await db()
        .selectFrom('user_accounts')
        .innerJoin('accounts', 'accounts.id', 'user_accounts.account_id')
        .select(['number', 'role', 'owner_name'])
        .where('user_id', '=', row.id)
        .execute();
      expect(links.map((l) => l.number).sort()).toEqual([...user.accounts].sort());
      expect(links.every((l) => l.role === 'owner' && l.owner_name === user.fullName)).toBe(true);
    }
    const demoMeters = await db()
      .selectFrom('meters')
      .innerJoin('accounts', 'accounts.id', 'meters.account_id')
      .innerJoin('services', 'services.id', 'meters.service_id')
      .select(['zones', 'next_verification_on', 'code'])
      .where('accounts.number', 'in', summary.users[0]!.accounts)
      .execute();
    const threeZone = demoMeters.find((m) => m.code === 'electricity' && m.zones === 3);
    expect(
      threeZone &&
        verificationState(threeZone.next_verification_on, NOW, 'Asia/Yekaterinburg').dueSoon,
    ).toBe(true);
  });

  it('gives about 5% of accounts a bulk user sharing one verified hash', async () => {
    const bulk = await db()
      .selectFrom('users')
      .select(['login', 'password_hash', 'email'])
      .where('login', 'like', 'user%')
      .execute();
    expect(bulk.length).toBeGreaterThan(ACCOUNTS * 0.02);
    expect(bulk.length).toBeLessThan(ACCOUNTS * 0.09);
    expect(new Set(bulk.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword(bulk[0]!.password_hash, 'Kabinet-2026')).toBe(true);
    for (const u of bulk) expect(u.email).toBe(`${u.login}@example.com`);
  });

  it('moves identity sequences past the explicit ids', async () => {
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          const region = await trx
            .insertInto('regions')
            .values({ code: 'probe', name: 'Проба', time_zone: 'UTC' })
            .returning('id')
            .executeTakeFirstOrThrow();
          expect(region.id).toBe(5);
          throw new Error('rollback');
        }),
    ).rejects.toThrow('rollback');
  });
});
