// What the central service's own tables say each report must show: the expectations of the
// reports tests, computed in SQL and never by the code under test.
import { type Kysely, sql } from 'kysely';

import type { Database } from '../../../../../server/db/schema.js';
import { normalizeDecimal } from '../../../../../shared/domain/decimal.js';

type Db = Kysely<Database>;
const canonical = (value: string) => normalizeDecimal(value) ?? value;

/** Payments of the account paid within [from, to] on the region's calendar, newest first. */
export async function centralPayments(db: Db, accountId: number, from: string, to: string) {
  const { rows } = await sql<{
    id: number;
    place: string;
    amount: string;
    period: string;
    service: string | null;
  }>`
    SELECT p.id, p.place, p.amount::text, p.period, s.name AS service
      FROM payments p JOIN regions r ON r.id = p.region_id
      LEFT JOIN services s ON s.id = p.service_id
     WHERE p.account_id = ${accountId}
       AND (p.paid_at AT TIME ZONE r.time_zone)::date BETWEEN ${from}::date AND ${to}::date
     ORDER BY p.paid_at DESC, p.id DESC`.execute(db);
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

/** The account's six newest billed periods, newest first, with Σ debt_end and the service count. */
export async function centralChargePeriods(db: Db, accountId: number) {
  const { rows } = await sql<{ period: string; total: string; services: number }>`
    SELECT period, sum(debt_end)::text AS total, count(*)::int AS services
      FROM charges WHERE account_id = ${accountId}
     GROUP BY period ORDER BY period DESC LIMIT 6`.execute(db);
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

export interface CentralReadingRow {
  key: string;
  serial: string;
  zone: string;
  value: string;
  day: string;
  period: string;
  source: string;
  status: string;
  start: { date: string; value: string } | null;
}

/**
 * Readings of the account's meters (of one service, or all) entered within [from, to] on the
 * region's calendar, each with the last real accepted reading of its zone from an earlier period.
 */
export async function centralReadings(
  db: Db,
  accountId: number,
  from: string,
  to: string,
  serviceId: number | null = null,
): Promise<CentralReadingRow[]> {
  const { rows } = await sql<{
    id: string;
    serial: string;
    zone: string;
    value: string;
    day: string;
    period: string;
    source: string;
    status: string;
    start_value: string | null;
    start_day: string | null;
  }>`
    SELECT r.id, m.serial, r.zone, r.value::text, r.period, r.source, r.status,
           (r.entered_at AT TIME ZONE g.time_zone)::date::text AS day,
           s.value::text AS start_value,
           (s.entered_at AT TIME ZONE g.time_zone)::date::text AS start_day
      FROM readings r
      JOIN meters m ON m.id = r.meter_id
      JOIN regions g ON g.id = m.region_id
      LEFT JOIN LATERAL (
        SELECT b.value, b.entered_at FROM readings b
         WHERE b.meter_id = r.meter_id AND b.zone = r.zone AND b.period < r.period
           AND b.status = 'accepted' AND b.source NOT IN ('average', 'normative')
         ORDER BY b.period DESC, b.entered_at DESC LIMIT 1) s ON true
     WHERE m.account_id = ${accountId}
       AND (${serviceId}::int IS NULL OR m.service_id = ${serviceId}::int)
       AND (r.entered_at AT TIME ZONE g.time_zone)::date BETWEEN ${from}::date AND ${to}::date
     ORDER BY r.entered_at DESC, r.meter_id, r.zone`.execute(db);
  return rows.map((r) => ({
    key: r.id,
    serial: r.serial,
    zone: r.zone,
    value: canonical(r.value),
    day: r.day,
    period: r.period,
    source: r.source,
    status: r.status,
    start: r.start_value === null ? null : { date: r.start_day!, value: canonical(r.start_value) },
  }));
}

/**
 * A meter's monthly consumption per zone over the 12 periods ending with the account's latest
 * billed one: the period's newest accepted reading minus the previous period's (plus 10^capacity
 * when the meter wrapped, i.e. when that is the smaller fall), with the period's reading source.
 */
export async function centralConsumption(db: Db, accountId: number, meterId: number) {
  const { rows } = await sql<{
    period: string;
    zone: string;
    volume: string | null;
    source: string | null;
  }>`
    WITH latest AS (SELECT max(period) AS p FROM charges WHERE account_id = ${accountId}),
    periods AS (
      SELECT to_char(to_date((SELECT p FROM latest), 'YYYY-MM') - make_interval(months => n),
                     'YYYY-MM') AS period
        FROM generate_series(0, 12) AS n),
    closing AS (
      SELECT DISTINCT ON (r.period, r.zone) r.period, r.zone, r.value, r.source
        FROM readings r
       WHERE r.meter_id = ${meterId} AND r.status = 'accepted'
       ORDER BY r.period, r.zone, r.entered_at DESC)
    SELECT p.period, c.zone, c.source,
           CASE WHEN prev.value IS NULL THEN NULL
                WHEN c.value >= prev.value
                  OR c.value - prev.value + power(10::numeric, m.digit_capacity)
                     >= prev.value - c.value
                  THEN (c.value - prev.value)::text
                ELSE (c.value - prev.value + power(10::numeric, m.digit_capacity))::text END
             AS volume
      FROM periods p
      JOIN meters m ON m.id = ${meterId}
      JOIN closing c ON c.period = p.period
      LEFT JOIN closing prev ON prev.zone = c.zone
        AND prev.period = to_char(to_date(p.period, 'YYYY-MM') - interval '1 month', 'YYYY-MM')
     WHERE p.period > to_char(to_date((SELECT p FROM latest), 'YYYY-MM') - interval '12 months',
                             'YYYY-MM')
     ORDER BY p.period, c.zone`.execute(db);
  return rows.map((r) => ({ ...r, volume: r.volume === null ? null : canonical(r.volume) }));
}
