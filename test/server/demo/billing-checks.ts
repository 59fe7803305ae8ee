import { type Kysely, type RawBuilder, sql } from 'kysely';

import type { Database } from '../../../server/db/schema.js';

/**
 * Independent checks of billing data, written in SQL so PostgreSQL's own exact numeric
 * arithmetic (round() goes half away from zero) judges the generator's BigInt arithmetic.
 * Each returns [rows checked, rows that disagree].
 */
type Check = Promise<[number, number]>;
type Counts = { checked: number | string; bad: number | string };

async function pair(db: Kysely<Database>, query: RawBuilder<Counts>): Check {
  const row = (await query.execute(db)).rows[0];
  return [Number(row?.checked ?? 0), Number(row?.bad ?? 0)];
}

/** debt_end = debt_start + charged + recalculation − paid on every row. */
export function balanceIdentity(db: Kysely<Database>): Check {
  return pair(
    db,
    sql<Counts>`SELECT count(*) AS checked,
      count(*) FILTER (WHERE debt_end <> debt_start + charged + recalculation - paid) AS bad FROM charges`,
  );
}

/** A period's debt at the start equals the previous period's debt at the end. */
export function debtContinuity(db: Kysely<Database>): Check {
  return pair(
    db,
    sql<Counts>`SELECT count(previous_end) AS checked, count(*) FILTER (WHERE debt_start <> previous_end) AS bad
      FROM (SELECT debt_start, lag(debt_end) OVER (PARTITION BY account_id, service_id ORDER BY period) AS previous_end
            FROM charges) AS chained`,
  );
}

/** Charges without lines: charged = round(volume × tariff × coefficient) in kopecks. */
export function chargedFromVolume(db: Kysely<Database>): Check {
  return pair(
    db,
    sql<Counts>`SELECT count(*) AS checked,
      count(*) FILTER (WHERE charged <> round(volume * tariff * coefficient * 100)) AS bad FROM charges c
      WHERE NOT EXISTS (SELECT 1 FROM charge_lines l WHERE l.charge_id = c.id)`,
  );
}

/**
 * Charges with lines (metered services): one line per meter zone, each amount =
 * round(volume × zone price × coefficient), and the charge's volume and charged are the lines'
 * sums; lines of a real reading have volume = end − start (or a turn of the drum more).
 */
export function chargedFromLines(db: Kysely<Database>): Check {
  return pair(
    db,
    sql<Counts>`WITH sums AS (
        SELECT c.id, c.charged, c.volume, c.coefficient, c.method, count(l.id) AS lines,
               sum(l.amount) AS amount, sum(l.volume) AS line_volume,
               count(*) FILTER (WHERE l.amount <> round(l.volume * l.price * c.coefficient * 100)) AS bad_amounts,
               count(*) FILTER (WHERE c.method = 'meter' AND l.volume <> CASE
                 WHEN l.reading_end >= l.reading_start THEN l.reading_end - l.reading_start
                 ELSE l.reading_end + power(10::numeric, m.digit_capacity) - l.reading_start END) AS bad_volumes,
               count(*) FILTER (WHERE (c.method = 'meter') <> (l.reading_start IS NOT NULL)) AS bad_readings,
               max(m.zones) AS zones
        FROM charges c JOIN charge_lines l ON l.charge_id = c.id
        JOIN meters m ON m.account_id = c.account_id AND m.service_id = c.service_id AND m.kind = 'individual'
        GROUP BY c.id
      )
      SELECT count(*) AS checked, count(*) FILTER (WHERE charged <> amount OR volume <> line_volume
        OR lines <> zones OR bad_amounts > 0 OR bad_volumes > 0 OR bad_readings > 0) AS bad FROM sums`,
  );
}

/** Every charge of a service with an individual meter has lines, and only those. */
export function linesWhereMetered(db: Kysely<Database>): Check {
  return pair(
    db,
    sql<Counts>`SELECT count(*) AS checked,
      count(*) FILTER (WHERE has_meter <> has_lines) AS bad FROM (
        SELECT EXISTS (SELECT 1 FROM meters m WHERE m.account_id = c.account_id
                         AND m.service_id = c.service_id AND m.kind = 'individual') AS has_meter,
               EXISTS (SELECT 1 FROM charge_lines l WHERE l.charge_id = c.id) AS has_lines
        FROM charges c) AS flags`,
  );
}

/** The sum of a period's payments per service equals the charge row's `paid`. */
export function paymentsMatchPaid(db: Kysely<Database>): Check {
  return pair(
    db,
    sql<Counts>`SELECT count(*) AS checked, count(*) FILTER (WHERE c.paid <> coalesce(p.total, 0)) AS bad
      FROM charges c LEFT JOIN (
        SELECT account_id, service_id, period, sum(amount) AS total FROM payments GROUP BY 1, 2, 3
      ) p USING (account_id, service_id, period)`,
  );
}

/**
 * Metered charges: the volume is the difference of consecutive readings summed over zones; the
 * tariff is the price in force for a one-zone meter and the volume-weighted zone price
 * (rounded to 4 decimals) for a multi-zone one, the prices taken from the scheme whose
 * zone_count is the meter's number of zones.
 */
export function meteredChargesMatchReadings(db: Kysely<Database>): Check {
  return pair(
    db,
    sql<Counts>`WITH zone_volumes AS (
        SELECT m.account_id, m.service_id, m.zones, r.period, r.zone,
               r.value - lag(r.value) OVER (PARTITION BY r.meter_id, r.zone ORDER BY r.period) AS volume
        FROM readings r JOIN meters m ON m.id = r.meter_id WHERE m.kind = 'individual'
      ), priced AS (
        SELECT z.*, (SELECT t.price FROM tariffs t
                     WHERE t.service_id = z.service_id AND t.zone_count = z.zones AND t.zone = z.zone
                       AND t.valid_from <= to_date(z.period || '-01', 'YYYY-MM-DD')
                     ORDER BY t.valid_from DESC LIMIT 1) AS price
        FROM zone_volumes z WHERE z.volume IS NOT NULL
      ), expected AS (
        SELECT account_id, service_id, period, sum(volume) AS volume,
               CASE WHEN max(zones) = 1 OR sum(volume) = 0 THEN max(price) FILTER (WHERE zone IN ('single', 'T1'))
                    ELSE round(sum(volume * price) / sum(volume), 4) END AS tariff
        FROM priced GROUP BY account_id, service_id, period
      )
      SELECT count(*) AS checked,
             count(*) FILTER (WHERE c.id IS NULL OR c.volume <> e.volume OR c.tariff <> e.tariff) AS bad
      FROM expected e LEFT JOIN charges c USING (account_id, service_id, period)`,
  );
}

/** Sewerage volume = cold + hot water volumes; waste volume = residents. */
export function derivedVolumes(db: Kysely<Database>): Check {
  return pair(
    db,
    sql<Counts>`SELECT count(*) AS checked, count(*) FILTER (WHERE c.volume <> expected) AS bad FROM (
        SELECT s.volume, (SELECT sum(w.volume) FROM charges w JOIN services ws ON ws.id = w.service_id
                          WHERE w.account_id = s.account_id AND w.period = s.period
                            AND ws.code IN ('cold_water', 'hot_water')) AS expected
        FROM charges s JOIN services sv ON sv.id = s.service_id WHERE sv.code = 'sewerage'
        UNION ALL
        SELECT w.volume, a.residents FROM charges w JOIN services sv ON sv.id = w.service_id
          JOIN accounts a ON a.id = w.account_id WHERE sv.code = 'waste'
      ) AS c`,
  );
}

/** md5 of every table's rows in key order: equal data gives equal checksums. */
export async function tableChecksums(db: Kysely<Database>): Promise<Record<string, string>> {
  const keys: Record<string, string> = {
    regions: 'id',
    suppliers: 'id',
    services: 'id',
    tariffs: 'id',
    accounts: 'id',
    account_services: 'id',
    meters: 'id',
    readings: 'id',
    charges: 'id',
    charge_lines: 'id',
    payments: 'id',
    normatives: 'id',
    billing_periods: 'region_id, period',
    users: 'id',
    user_accounts: 'user_id, account_id',
  };
  const sums: Record<string, string> = {};
  for (const [table, key] of Object.entries(keys)) {
    const result = await sql<{ sum: string | null }>`
      SELECT md5(string_agg(t::text, '|' ORDER BY ${sql.raw(key)})) AS sum FROM ${sql.table(table)} t`.execute(
      db,
    );
    sums[table] = result.rows[0]?.sum ?? 'empty';
  }
  return sums;
}
