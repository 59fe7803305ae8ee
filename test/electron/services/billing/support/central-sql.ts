import { type Kysely, sql } from 'kysely';

import type { Database } from '../../../../../server/db/schema.js';
import { normalizeDecimal } from '../../../../../shared/domain/decimal.js';

/** Canonical decimal text, so the central's numeric formatting does not matter. */
export const canonical = (value: string | number | null): string | null =>
  value === null ? null : normalizeDecimal(String(value));

/** The account's charges of its latest period as the central's own tables say (the expectation). */
export async function centralCharges(db: Kysely<Database>, accountId: number) {
  const charges = await sql<{
    id: number;
    period: string;
    service_id: number;
    service_name: string;
    unit: string;
    supplier_name: string;
    tariff: string;
    debt_start: string;
    paid: string;
    volume: string;
    charged: string;
    recalculation: string;
    debt_end: string;
    coefficient: string;
    method: string;
    reason: string | null;
    estimated_streak: number | null;
  }>`SELECT c.id, c.period, c.service_id, s.name AS service_name, s.unit,
            p.name AS supplier_name, c.tariff::text, c.debt_start::text, c.paid::text,
            c.volume::text, c.charged::text, c.recalculation::text, c.debt_end::text,
            c.coefficient::text, c.method, c.reason, c.estimated_streak
       FROM charges c
       JOIN services s ON s.id = c.service_id
       JOIN suppliers p ON p.id = c.supplier_id
      WHERE c.account_id = ${accountId}
        AND c.period = (SELECT max(period) FROM charges WHERE account_id = ${accountId})
      ORDER BY c.service_id, c.id`.execute(db);
  const lines = await sql<{
    charge_id: number;
    zone: string;
    reading_start: string | null;
    reading_end: string | null;
    volume: string;
    price: string;
    amount: string;
  }>`SELECT l.charge_id, l.zone, l.reading_start::text, l.reading_end::text, l.volume::text,
            l.price::text, l.amount::text
       FROM charge_lines l JOIN charges c ON c.id = l.charge_id
      WHERE c.account_id = ${accountId}
      ORDER BY l.charge_id, CASE l.zone WHEN 'single' THEN 0 WHEN 'T1' THEN 1 WHEN 'T2' THEN 2
               ELSE 3 END`.execute(db);
  const serials = await sql<{ service_id: number; serial: string }>`
    SELECT service_id, serial FROM meters
     WHERE account_id = ${accountId} AND kind = 'individual' ORDER BY id`.execute(db);
  return {
    period: charges.rows[0]?.period ?? null,
    services: charges.rows.map((c) => ({
      chargeId: c.id,
      serviceId: c.service_id,
      serviceName: c.service_name,
      unit: c.unit,
      supplierName: c.supplier_name,
      tariff: canonical(c.tariff),
      debtStart: Number(c.debt_start),
      paid: Number(c.paid),
      volume: canonical(c.volume),
      charged: Number(c.charged),
      recalculation: Number(c.recalculation),
      toPay: Number(c.debt_end),
      coefficient: canonical(c.coefficient),
      method: c.method,
      reason: c.reason,
      estimatedStreak: c.estimated_streak,
      lines: lines.rows
        .filter((l) => l.charge_id === c.id)
        .map((l) => ({
          zone: l.zone,
          readingStart: canonical(l.reading_start),
          readingEnd: canonical(l.reading_end),
          volume: canonical(l.volume),
          price: canonical(l.price),
          amount: Number(l.amount),
        })),
      meterSerials: serials.rows.filter((m) => m.service_id === c.service_id).map((m) => m.serial),
    })),
  };
}

/** The same view with every decimal in canonical text (what the comparison is about). */
export function canonicalServices<
  S extends {
    tariff: string;
    volume: string;
    coefficient: string;
    lines: {
      readingStart: string | null;
      readingEnd: string | null;
      volume: string;
      price: string;
    }[];
  },
>(services: S[]): S[] {
  return services.map((s) => ({
    ...s,
    tariff: canonical(s.tariff)!,
    volume: canonical(s.volume)!,
    coefficient: canonical(s.coefficient)!,
    lines: s.lines.map((l) => ({
      ...l,
      readingStart: canonical(l.readingStart),
      readingEnd: canonical(l.readingEnd),
      volume: canonical(l.volume)!,
      price: canonical(l.price)!,
    })),
  }));
}
