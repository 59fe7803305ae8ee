import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';

import { closePeriod } from '../../../server/billing/close-period.js';
import { fromScaled } from '../../../server/billing/decimal.js';
import { HttpError } from '../../../server/http/errors.js';
import { backends, openTestCentral, type TestCentral } from '../../support/central-fixture.js';
import { closeInvariants } from './close-checks.js';
import { addAccount, addPayment, addReading } from './fixture-accounts.js';
import { seedBillingRegion } from './fixture.js';

const PERIODS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const NOW = new Date('2026-07-10T00:00:00Z');

/** A household over six months: its meter, which months brought a reading, how much it used. */
const household = fc.record({
  residents: fc.integer({ min: 0, max: 4 }),
  zones: fc.constantFrom(1 as const, 2 as const, 3 as const),
  digitCapacity: fc.integer({ min: 3, max: 6 }),
  fractionDigits: fc.integer({ min: 0, max: 2 }),
  verifiedUntil: fc.constantFrom('2026-02-10', '2026-04-30', '2030-01-01', '2030-01-01'),
  start: fc.integer({ min: 0, max: 999 }),
  months: fc.array(
    fc.record({
      read: fc.boolean(),
      used: fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 3, maxLength: 3 }),
      paid: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200_000 })),
    }),
    { minLength: PERIODS.length, maxLength: PERIODS.length },
  ),
});

describe.each(backends)('period close properties on %s', (backend) => {
  let tc: TestCentral;
  beforeAll(async () => {
    tc = await openTestCentral(backend, inject('postgresUrl'));
  });
  afterAll(() => tc?.dispose());

  it('keeps balances, lines and volumes consistent for generated meters and readings, and closes once', async () => {
    const checkedOverall = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(household, { minLength: 1, maxLength: 3 }), async (households) => {
        const region = await seedBillingRegion(tc.central);
        for (const h of households) {
          const { accountId, meters } = await addAccount(tc.central, region, {
            services: ['electricity', 'waste'],
            residents: h.residents,
            meters: [
              {
                service: 'electricity',
                zones: h.zones,
                digitCapacity: h.digitCapacity,
                fractionDigits: h.fractionDigits,
                nextVerificationOn: h.verifiedUntil,
              },
            ],
          });
          const turn = 10n ** BigInt(h.digitCapacity + h.fractionDigits);
          let dial = Array.from({ length: h.zones }, () => BigInt(h.start) % turn);
          for (const [p, month] of h.months.entries()) {
            dial = dial.map((value, z) => (value + BigInt(month.used[z]!)) % turn);
            // The first month always has a reading: it is the base of the rest.
            if (p === 0 || month.read) {
              const values = dial.map((v) => fromScaled(v, h.fractionDigits));
              await addReading(tc.central, meters.electricity!, PERIODS[p]!, values);
            }
            if (month.paid > 0) {
              await addPayment(
                tc.central,
                accountId,
                region.services.electricity,
                PERIODS[p]!,
                month.paid,
              );
            }
          }
        }
        for (const period of PERIODS.slice(1)) {
          await closePeriod(tc.central, { regionCode: region.code, period, now: NOW });
        }
        const invariants = await closeInvariants(tc.central.db, region.id);
        for (const [name, [checked, bad]] of Object.entries(invariants)) {
          expect(bad, name).toBe(0);
          checkedOverall.set(name, (checkedOverall.get(name) ?? 0) + checked);
        }
        const again = await closePeriod(tc.central, {
          regionCode: region.code,
          period: PERIODS.at(-1)!,
          now: NOW,
        }).catch((error: unknown) => error);
        expect(again).toBeInstanceOf(HttpError);
        expect((again as HttpError).code).toBe('period_already_closed');
        const charges = await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM charges WHERE region_id = ${region.id}`.execute(tc.central.db);
        expect(Number(charges.rows[0]!.n)).toBe(households.length * 2 * (PERIODS.length - 1));
      }),
      { numRuns: 12 },
    );
    // Over all runs, every invariant judged some rows (none is vacuous).
    for (const [name, checked] of checkedOverall) expect(checked, name).toBeGreaterThan(0);
    expect(checkedOverall.size).toBe(10);
  });
});
