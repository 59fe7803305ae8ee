import { performance } from 'node:perf_hooks';

import { sql } from 'kysely';

import type { CentralDb } from '../db/connect.js';
import { withLockedBulkLoad } from './bulk/locked-load.js';
import { type DemoProgress, loadDemo } from './load.js';
import { demoPlan, type DemoOptions } from './plan.js';
import type { DemoUser } from './users.js';

export type { DemoOptions } from './plan.js';
export type { DemoUser } from './users.js';
export type { DemoProgress } from './load.js';

export interface DemoSummary {
  regions: number;
  suppliers: number;
  accounts: number;
  meters: number;
  readings: number;
  charges: number;
  payments: number;
  /** The named demo users only (bulk users are documented in server/demo/README.md). */
  users: DemoUser[];
  seconds: number;
}

export interface SeedHooks {
  /** Called after every chunk of accounts, e.g. to print progress. */
  onProgress?: (progress: DemoProgress) => void;
}

/** Thrown when asked to seed a database that already has regions. */
export class CentralNotEmptyError extends Error {
  constructor() {
    super('Центральная база уже содержит данные: демо-данные загружаются только в пустую базу.');
    this.name = 'CentralNotEmptyError';
  }
}

/** True when the central database has no regions yet (nothing can exist without one). */
export async function isCentralEmpty(central: CentralDb): Promise<boolean> {
  const row = await central.db.selectFrom('regions').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Fills an EMPTY, migrated central database with deterministic demo data: the four regions
 * with suppliers, services and tariffs, `accounts` accounts with meters, `months` of readings,
 * charges and payments, the named users `demo` and `demo2`, and bulk users for about 5% of
 * accounts. Everything is written in one transaction under the sync write lock; a failure
 * leaves the database empty. Throws RangeError on bad options, CentralNotEmptyError if
 * regions exist.
 */
export async function seedDemoData(
  central: CentralDb,
  options: DemoOptions,
  hooks: SeedHooks = {},
): Promise<DemoSummary> {
  const started = performance.now();
  const plan = demoPlan(options);
  const { counts, users } = await withLockedBulkLoad(central, async (trx, writer) => {
    const existing = await sql<{ n: number }>`SELECT count(*)::int AS n FROM regions`.execute(trx);
    if ((existing.rows[0]?.n ?? 0) > 0) throw new CentralNotEmptyError();
    return loadDemo(trx, writer, plan, hooks.onProgress);
  });
  return {
    regions: counts.regions,
    suppliers: counts.suppliers,
    accounts: counts.accounts,
    meters: counts.meters,
    readings: counts.readings,
    charges: counts.charges,
    payments: counts.payments,
    users,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
