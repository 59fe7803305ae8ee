import { join } from 'node:path';

import DatabaseConstructor from 'better-sqlite3';
import { sql } from 'kysely';

import { OUTBOX_FILE } from '../../../../db/outbox/open-outbox.js';
import type { RequestView } from '../../../../shared/contract/request-views.js';
import { seedDemoData } from '../../../../server/demo/seed.js';
import { type RunningCentral, startCentralService } from '../../../../server/start.js';
import type { DeviceProfile } from '../../../../shared/contract/views.js';
import { type Gate, startGate } from '../billing/support/gate.js';
import { deviceFolder } from '../support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from '../support/services.js';

export const DEMO_PASSWORD = 'Kabinet-2026';

/** A central on PGlite with demo data (Orenburg, Tyumen) and one enrolled, synced device behind a gate. */
export interface RequestsDevice {
  central: RunningCentral;
  device: ServicesUnderTest;
  gate: Gate;
  /** The device's user-data folder (its outbox file is read beside the running services). */
  dir: string;
  /** The device's id on the central service: request numbers start with it. */
  deviceId: number;
  now: () => Date;
  signIn(login?: string): Promise<number[]>;
  close(): Promise<void>;
}

export async function startRequestsDevice(profile: DeviceProfile): Promise<RequestsDevice> {
  const now = new Date('2026-03-18T06:00:00Z');
  const clock = () => now;
  const central = await startCentralService({ logLevel: false, clock });
  await seedDemoData(central.central, {
    accounts: 100,
    months: 2,
    today: '2026-03-18',
    regions: ['orenburg', 'tyumen'],
  });
  const gate = await startGate(central.url);
  const folder = deviceFolder();
  const device = await servicesUnderTest({
    userDataDir: folder.dir,
    secretStore: folder.secrets,
    centralUrl: gate.url,
    clock,
    syncIntervalMs: 600_000,
  });
  await device.services.start();
  const { code } = await central.issueEnrolmentCode(profile, 'orenburg');
  await device.call('device.enrol', { centralUrl: gate.url, code });
  const status = await device.call('sync.runNow');
  if (status.lastError) throw new Error(`initial sync failed: ${status.lastError}`);
  const enrolled = await sql<{ id: number }>`SELECT max(id) AS id FROM devices`.execute(
    central.central.db,
  );
  return {
    central,
    device,
    gate,
    dir: folder.dir,
    deviceId: enrolled.rows[0]!.id,
    now: clock,
    async signIn(login = 'demo') {
      const session = await device.call('session.signIn', { login, password: DEMO_PASSWORD });
      return session.accounts.map((a) => a.accountId);
    },
    async close() {
      await device.services.stop();
      await gate.close();
      await central.close();
      folder.cleanup();
    },
  };
}

/** What a test files: a resident's complaint about a charge. */
export const complaint = (accountId: number) => ({
  accountId,
  topic: 'charges' as const,
  body: 'Начисление за холодную воду выше обычного: прошу проверить показания за февраль.',
  contact: '+7 903 555-12-34',
});

/** The central's row of a request filed by the device (by its device number or final number). */
export async function centralRequests(central: RunningCentral, number: string) {
  const rows = await sql<{
    id: number;
    number: string;
    submission_id: string;
    user_id: number | null;
    source: string;
    body: string;
    contact: string;
    status: string;
  }>`SELECT id, number, submission_id::text, user_id, source, body, contact, status
       FROM support_requests WHERE number = ${number} OR starts_with(number, ${`${number}-`})
      ORDER BY id`.execute(central.central.db);
  return rows.rows;
}

/** The outbox rows of requests, read beside the running services (the file is in WAL mode). */
export function outboxRequests(userDataDir: string) {
  const db = new DatabaseConstructor(join(userDataDir, OUTBOX_FILE), { readonly: true });
  try {
    return (
      db
        .prepare(
          "SELECT id, status, payload FROM outbox WHERE kind = 'request.create' ORDER BY seq",
        )
        .all() as { id: string; status: string; payload: string }[]
    ).map((row) => ({ ...row, payload: JSON.parse(row.payload) as Record<string, unknown> }));
  } finally {
    db.close();
  }
}

export const byNumber = (views: RequestView[], number: string) =>
  views.find((view) => view.number === number);
