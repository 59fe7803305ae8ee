import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { hashPassword } from '../../server/auth/password.js';
import { type CentralDb, openCentralDb } from '../../server/db/connect.js';
import { migrateCentral } from '../../server/db/migrate.js';
import { withSyncWriteLock } from '../../server/sync/write-lock.js';

/** Test fixtures for the central service: fresh databases on both backends and small data sets. */

export type Backend = 'pglite' | 'postgres';
export const backends: Backend[] = ['pglite', 'postgres'];

/** Creates an empty PostgreSQL database on the test cluster; `drop()` removes it. */
export async function createPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kabinet_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      // Without FORCE: a pool's sockets may still be closing; wait for them rather than kill them.
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        for (let attempt = 0; ; attempt += 1) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name}`);
            return;
          } catch (error) {
            if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestCentral {
  central: CentralDb;
  /** Set for PostgreSQL: the fresh database's URL. */
  databaseUrl: string | undefined;
  /** Closes the connection and drops the PostgreSQL database. */
  dispose(): Promise<void>;
}

/** A fresh, migrated central database: in-memory PGlite or a new PostgreSQL database. */
export async function openTestCentral(
  backend: Backend,
  postgresServerUrl: string,
): Promise<TestCentral> {
  if (backend === 'pglite') {
    const central = await openCentralDb({});
    await migrateCentral(central.db);
    return { central, databaseUrl: undefined, dispose: () => central.close() };
  }
  const database = await createPostgresDatabase(postgresServerUrl);
  const central = await openCentralDb({ databaseUrl: database.url, poolSize: 4 });
  await migrateCentral(central.db);
  return {
    central,
    databaseUrl: database.url,
    async dispose() {
      await central.close();
      await database.drop();
    },
  };
}

export interface SeededRegion {
  regionId: number;
  code: string;
  supplierId: number;
  serviceIds: number[];
  tariffIds: number[];
  accountIds: number[];
  accountServiceIds: number[];
  meterIds: number[];
}

let accountSerial = 0;

/**
 * Inserts a region with one supplier, two services (electricity, cold water), their tariffs,
 * `accounts` accounts each with both services and one meter per service.
 */
export async function seedRegion(
  central: CentralDb,
  options: { code: string; name?: string; timeZone?: string; accounts: number },
): Promise<SeededRegion> {
  return withSyncWriteLock(central.db, async (trx) => {
    const region = await trx
      .insertInto('regions')
      .values({
        code: options.code,
        name: options.name ?? `Регион ${options.code}`,
        time_zone: options.timeZone ?? 'Asia/Yekaterinburg',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const regionId = region.id;
    const supplier = await trx
      .insertInto('suppliers')
      .values({
        region_id: regionId,
        name: 'ПАО «Энергосбыт»',
        inn: '5610000000',
        kpp: '561001001',
        bank_name: 'Банк',
        bic: '045354601',
        settlement_account: '40702810000000000001',
        correspondent_account: '30101810000000000601',
        address: 'г. Оренбург, ул. Ленина, 1',
        phone: '+7 3532 00-00-00',
        site: 'https://example.org',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const services = await trx
      .insertInto('services')
      .values([
        { region_id: regionId, code: 'electricity', name: 'Электроэнергия', unit: 'кВт·ч' },
        { region_id: regionId, code: 'cold_water', name: 'Холодная вода', unit: 'м³' },
      ])
      .returning('id')
      .execute();
    const serviceIds = services.map((s) => s.id);
    const tariffs = await trx
      .insertInto('tariffs')
      .values(
        serviceIds.map((serviceId, i) => ({
          region_id: regionId,
          service_id: serviceId,
          supplier_id: supplier.id,
          zone_count: 1,
          zone: 'single' as const,
          price: i === 0 ? '5.9700' : '42.5000',
          valid_from: '2025-01-01',
        })),
      )
      .returning('id')
      .execute();
    const accountIds: number[] = [];
    const accountServiceIds: number[] = [];
    const meterIds: number[] = [];
    for (let i = 0; i < options.accounts; i += 1) {
      accountSerial += 1;
      const number = String(1_000_000_000 + accountSerial);
      const account = await trx
        .insertInto('accounts')
        .values({
          region_id: regionId,
          number,
          owner_name: `Иванов Иван ${i}`,
          owner_phone: '+79030000000',
          address: `г. Оренбург, ул. Советская, д. ${i + 1}, кв. 1`,
          area: '54.30',
          rooms: 2,
          residents: 3,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      accountIds.push(account.id);
      for (const serviceId of serviceIds) {
        const link = await trx
          .insertInto('account_services')
          .values({
            region_id: regionId,
            account_id: account.id,
            service_id: serviceId,
            supplier_id: supplier.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        accountServiceIds.push(link.id);
        const meter = await trx
          .insertInto('meters')
          .values({
            region_id: regionId,
            account_id: account.id,
            service_id: serviceId,
            kind: 'individual',
            serial: `SN-${account.id}-${serviceId}`,
            zones: 1,
            digit_capacity: 6,
            fraction_digits: 3,
            installed_on: '2020-03-01',
            verified_on: '2020-03-01',
            next_verification_on: '2032-03-01',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        meterIds.push(meter.id);
      }
    }
    return {
      regionId,
      code: options.code,
      supplierId: supplier.id,
      serviceIds,
      tariffIds: tariffs.map((t) => t.id),
      accountIds,
      accountServiceIds,
      meterIds,
    };
  });
}

/** Inserts a resident with an argon2id password (about 50 ms) linked to `accountIds` (the first as owner). */
export async function createUser(
  central: CentralDb,
  options: {
    login: string;
    password: string;
    regionId: number;
    accountIds: number[];
    fullName?: string;
  },
): Promise<number> {
  const user = await central.db
    .insertInto('users')
    .values({
      login: options.login,
      password_hash: await hashPassword(options.password),
      full_name: options.fullName ?? 'Иванов Иван Иванович',
      phone: '+79031234567',
      email: `${options.login.toLowerCase()}@example.org`,
      region_id: options.regionId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [index, accountId] of options.accountIds.entries()) {
    await central.db
      .insertInto('user_accounts')
      .values({ user_id: user.id, account_id: accountId, role: index === 0 ? 'owner' : 'linked' })
      .execute();
  }
  return user.id;
}
