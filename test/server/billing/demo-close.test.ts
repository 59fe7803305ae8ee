import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';

import { closePeriod } from '../../../server/billing/close-period.js';
import { seedDemoData } from '../../../server/demo/seed.js';
import { withSyncWriteLock } from '../../../server/sync/write-lock.js';
import { BACKENDS, freshCentral } from '../demo/central-backends.js';
import { closeInvariants } from './close-checks.js';

const TODAY = '2026-11-24';
const NEXT = '2026-11';
const NOW = new Date('2026-12-02T04:00:00Z');

describe.each(BACKENDS)('closing the period after the demo history on %s', (kind) => {
  it('charges every account-service consistently with the seeded history (generated demo data)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 0xffff }),
        fc.integer({ min: 10, max: 90 }),
        async (seed, readingPercent) => {
          const fresh = await freshCentral(kind);
          try {
            await seedDemoData(fresh.central, {
              accounts: 100,
              seed,
              months: 6,
              today: TODAY,
              regions: ['orenburg'],
            });
            const db = fresh.central.db;
            // Readings for the next period on some meters: the latest accepted value (as the
            // push accepts it) plus a month's use, entered in the supplier's window.
            const accepted = await withSyncWriteLock(db, async (trx) => {
              const result = await sql<{ id: string }>`
                INSERT INTO readings (id, meter_id, period, zone, value, source, entered_at)
                SELECT gen_random_uuid(), meter_id, ${NEXT}, zone,
                       mod(value + 7 * meter_id % 90 + 1, power(10::numeric, digit_capacity)), 'cabinet',
                       ${`${NEXT}-20T12:00:00+05:00`}::timestamptz
                  FROM (SELECT DISTINCT ON (r.meter_id, r.zone) r.meter_id, r.zone, r.value, m.digit_capacity
                          FROM readings r JOIN meters m ON m.id = r.meter_id
                         WHERE m.kind = 'individual' AND m.region_id = 4
                           AND abs(hashtext(m.id::text || ${String(seed)})) % 100 < ${readingPercent}
                         ORDER BY r.meter_id, r.zone, r.period DESC, r.entered_at DESC) AS latest
                RETURNING id`.execute(trx);
              return result.rows.length;
            });
            expect(accepted).toBeGreaterThan(0);

            const summary = await closePeriod(fresh.central, {
              regionCode: 'orenburg',
              period: NEXT,
              now: NOW,
            });
            expect(summary.accounts).toBe(100);
            expect(summary.charges.total).toBe(600);
            expect(summary.charges.meter).toBeGreaterThan(0);
            expect(summary.totals.debtEnd).toBe(
              summary.totals.debtStart +
                summary.totals.charged +
                summary.totals.recalculation -
                summary.totals.paid,
            );
            const invariants = await closeInvariants(db, 4, NEXT);
            for (const [name, [, bad]] of Object.entries(invariants)) expect(bad, name).toBe(0);
            expect(invariants.coverage).toEqual([600, 0]);
            expect(invariants.continuity).toEqual([600, 0]);
            // Every fresh real reading was charged by it, its line starting at the last real reading.
            const unused = await sql<{ n: string }>`
              SELECT count(*) AS n FROM readings r JOIN meters m ON m.id = r.meter_id
                JOIN charges c ON c.account_id = m.account_id AND c.service_id = m.service_id AND c.period = r.period
                LEFT JOIN charge_lines l ON l.charge_id = c.id AND l.zone = r.zone
               WHERE r.period = ${NEXT} AND r.source = 'cabinet' AND m.next_verification_on >= '2026-11-30'
                 AND (c.method <> 'meter' OR l.reading_end <> r.value)`.execute(db);
            expect(Number(unused.rows[0]!.n)).toBe(0);
          } finally {
            await fresh.drop();
          }
        },
      ),
      // A fresh PGlite per run costs seconds: fewer runs there.
      { numRuns: kind === 'pglite' ? 2 : 4 },
    );
  });
});
