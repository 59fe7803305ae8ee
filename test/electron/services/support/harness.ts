import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import pg from 'pg';

import type { CentralDb } from '../../../../server/db/connect.js';
import { type RunningCentral, startCentralService } from '../../../../server/start.js';
import type { DeviceProfile } from '../../../../shared/contract/views.js';
import { enrolResponseSchema } from '../../../../shared/sync/http.js';
import {
  createFileSecretStore,
  type SecretStore,
} from '../../../../electron/services/secret-store.js';
import { type CentralFixture, seedCentralFixture } from './central-fixture.js';

export type Backend = 'pglite' | 'postgres';

/** A fresh database on the test cluster, dropped by the returned function. */
export async function createPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kabinet_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface FixtureCentral {
  running: RunningCentral;
  central: CentralDb;
  fixture: CentralFixture;
  close(): Promise<void>;
}

/** A real central service on 127.0.0.1 (PGlite in memory or a fresh PostgreSQL database) with the fixture. */
export async function startFixtureCentral(options: {
  accounts: number;
  metersPerAccount?: number;
  backend?: Backend;
  postgresUrl?: string;
  clock?: () => Date;
  pgliteDir?: string;
}): Promise<FixtureCentral> {
  const database =
    options.backend === 'postgres' ? await createPostgresDatabase(options.postgresUrl!) : null;
  const running = await startCentralService({
    logLevel: false,
    ...(database ? { databaseUrl: database.url } : {}),
    ...(options.pgliteDir ? { pgliteDir: options.pgliteDir } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const fixture = await seedCentralFixture(running.central, {
    accounts: options.accounts,
    ...(options.metersPerAccount !== undefined
      ? { metersPerAccount: options.metersPerAccount }
      : {}),
  });
  return {
    running,
    central: running.central,
    fixture,
    close: async () => {
      await running.close();
      await database?.drop();
    },
  };
}

/** Enrols a device over HTTP and returns its token. */
export async function enrolOverHttp(
  running: RunningCentral,
  profile: DeviceProfile,
  regionCode = 'orenburg',
): Promise<{ token: string; deviceId: number }> {
  const { code } = await running.issueEnrolmentCode(profile, regionCode);
  const response = await fetch(`${running.url}/api/v1/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: `test ${profile}` }),
  });
  if (!response.ok) throw new Error(`enrol failed: ${response.status} ${await response.text()}`);
  const body = enrolResponseSchema.parse(await response.json());
  return { token: body.deviceToken, deviceId: body.deviceId };
}

/** A fresh user-data folder with a file secret store. */
export function deviceFolder(): { dir: string; secrets: SecretStore; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-device-'));
  return {
    dir,
    secrets: createFileSecretStore(join(dir, 'secrets.json')),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Polls `check` until it returns true (or gives up after `timeoutMs`). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
