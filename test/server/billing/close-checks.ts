import { type Kysely, type RawBuilder, sql } from 'kysely';

import type { Database } from '../../../server/db/schema.js';

/**
 * Invariants of closed periods, judged in SQL (PostgreSQL's exact numerics) over one region:
 * each is [rows checked, rows that break it].
 */
type Counts = { checked: number | string; bad: number | string };

async function pair(db: Kysely<Database>, query: RawBuilder<Counts>): Promise<[number, number]> {
  const row = (await query.execute(db)).rows[0];
  return [Number(row?.checked ?? 0), Number(row?.bad ?? 0)];
}

export async function closeInvariants(
  db: Kysely<Database>,
  regionId: number,
  fromPeriod = '0000-00',
): Promise<Record<string, [number, number]>> {
  const charges = sql`(SELECT * FROM charges WHERE region_id = ${regionId} AND period >= ${fromPeriod})`;
  return {
    balance: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked,
        count(*) FILTER (WHERE debt_end <> debt_start + charged + recalculation - paid) AS bad FROM ${charges} c`,
    ),
    continuity: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked, count(*) FILTER (WHERE c.debt_start <> coalesce(p.debt_end, 0)) AS bad
        FROM ${charges} c LEFT JOIN LATERAL (SELECT debt_end FROM charges x
          WHERE x.account_id = c.account_id AND x.service_id = c.service_id AND x.period < c.period
          ORDER BY x.period DESC LIMIT 1) p ON true`,
    ),
    paid: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked, count(*) FILTER (WHERE c.paid <> coalesce(
          (SELECT sum(amount) FROM payments p WHERE p.account_id = c.account_id
             AND p.service_id = c.service_id AND p.period = c.period), 0)) AS bad FROM ${charges} c`,
    ),
    linesSum: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked, count(*) FILTER (WHERE c.charged <> s.amount OR c.volume <> s.volume) AS bad
        FROM ${charges} c JOIN (SELECT charge_id, sum(amount) AS amount, sum(volume) AS volume
          FROM charge_lines GROUP BY charge_id) s ON s.charge_id = c.id`,
    ),
    lineAmounts: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked,
        count(*) FILTER (WHERE l.amount <> round(l.volume * l.price * c.coefficient * 100)) AS bad
        FROM charge_lines l JOIN ${charges} c ON c.id = l.charge_id`,
    ),
    plainCharged: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked,
        count(*) FILTER (WHERE charged <> round(volume * tariff * coefficient * 100)) AS bad FROM ${charges} c
        WHERE NOT EXISTS (SELECT 1 FROM charge_lines l WHERE l.charge_id = c.id)`,
    ),
    realVolumes: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked,
        count(*) FILTER (WHERE l.volume < 0 OR l.reading_start IS NULL OR l.reading_end IS NULL) AS bad
        FROM charge_lines l JOIN ${charges} c ON c.id = l.charge_id WHERE c.method = 'meter'`,
    ),
    // An average is 1..3 periods after a real one or another average; a streak counts up by one.
    streaks: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked, count(*) FILTER (WHERE NOT (
          (c.method = 'average' AND c.estimated_streak = coalesce(p.streak, 0) + 1 AND p.method IS DISTINCT FROM 'normative'
            AND c.reason IN ('no_reading', 'verification_expired'))
          OR (c.method <> 'average' AND c.estimated_streak IS NULL))) AS bad
        FROM ${charges} c LEFT JOIN LATERAL (SELECT x.method, x.estimated_streak AS streak FROM charges x
          WHERE x.account_id = c.account_id AND x.service_id = c.service_id AND x.period < c.period
          ORDER BY x.period DESC LIMIT 1) p ON true`,
    ),
    // Every account-service of the region has exactly one charge per closed period.
    coverage: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked, count(*) FILTER (WHERE n <> 1) AS bad FROM (
        SELECT s.id, b.period, (SELECT count(*) FROM charges c WHERE c.account_id = s.account_id
            AND c.service_id = s.service_id AND c.period = b.period) AS n
          FROM account_services s JOIN billing_periods b ON b.region_id = s.region_id
         WHERE s.region_id = ${regionId} AND b.status = 'closed' AND b.period >= ${fromPeriod}) AS per_period`,
    ),
    // An estimated metered period leaves a calculated reading of its own source when the meter had one before.
    calculatedReadings: await pair(
      db,
      sql<Counts>`SELECT count(*) AS checked, count(*) FILTER (WHERE NOT EXISTS (
          SELECT 1 FROM readings r WHERE r.meter_id = m.id AND r.period = c.period AND r.source = c.method)) AS bad
        FROM ${charges} c JOIN meters m ON m.account_id = c.account_id AND m.service_id = c.service_id
         AND m.kind = 'individual'
        WHERE c.method IN ('average', 'normative')
          AND EXISTS (SELECT 1 FROM readings r WHERE r.meter_id = m.id AND r.period < c.period)`,
    ),
  };
}
