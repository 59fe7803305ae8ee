import type { Kysely } from 'kysely';

import type { Database } from '../../../../../server/db/schema.js';
import { seedDemoData } from '../../../../../server/demo/seed.js';
import { type RunningCentral, startCentralService } from '../../../../../server/start.js';
import type { DeviceProfile } from '../../../../../shared/contract/views.js';
import { deviceFolder } from '../../support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from '../../support/services.js';
import { type Gate, startGate } from './gate.js';

export const DEMO_PASSWORD = 'Kabinet-2026';

/** A central service on PGlite with demo data and one enrolled, synced device behind a gate. */
export interface DemoDevice {
  central: RunningCentral;
  db: Kysely<Database>;
  device: ServicesUnderTest;
  gate: Gate;
  /** The clock both sides read; tests move it. */
  setNow(iso: string): void;
  now(): Date;
  /** Signs in through the device and returns the linked account ids (in the session's order). */
  signIn(login?: string): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * Seeds 100 demo accounts in Orenburg (13 months of history before `today`), enrols a device of
 * `profile` there through a gate and pulls everything. The central and the device share the clock.
 */
export async function startDemoDevice(options: {
  today: string;
  now: string;
  profile: DeviceProfile;
  regions?: string[];
  /** Months of history (default 13); 0 gives accounts and meters without charges. */
  months?: number;
}): Promise<DemoDevice> {
  let now = new Date(options.now);
  const clock = () => now;
  const central = await startCentralService({ logLevel: false, clock });
  await seedDemoData(central.central, {
    accounts: 100,
    today: options.today,
    regions: options.regions ?? ['orenburg'],
    ...(options.months !== undefined ? { months: options.months } : {}),
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
  const { code } = await central.issueEnrolmentCode(options.profile, 'orenburg');
  await device.call('device.enrol', { centralUrl: gate.url, code });
  const status = await device.call('sync.runNow');
  if (status.lastError) throw new Error(`initial sync failed: ${status.lastError}`);
  return {
    central,
    db: central.central.db,
    device,
    gate,
    setNow: (iso) => (now = new Date(iso)),
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
