import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Kysely } from 'kysely';

import { startPreview, type Preview } from '../../../electron/preview/start-preview.js';
import { openCentralDb } from '../../../server/db/connect.js';
import type { Database } from '../../../server/db/schema.js';
import { seedDemoData } from '../../../server/demo/seed.js';
import { type RunningCentral, startCentralService } from '../../../server/start.js';

export const DEMO_ACCOUNTS = 150;

export interface KabinetEnvironment {
  preview: Preview;
  /** The device's fresh data folder. */
  dataDir: string;
  close(): Promise<void>;
}

/** A device in preview mode talking to a central service this fixture runs itself (PGlite, demo data). */
export interface WithOwnCentral extends KabinetEnvironment {
  central: RunningCentral;
  db: Kysely<Database>;
  enrolmentCode: string;
}

function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `kabinet-e2e-${name}-`));
}

/**
 * Starts a central service on PGlite with demo data, issues an enrolment code for `profile`, and
 * a preview device that knows the central's URL but is not enrolled yet (the test enrols it
 * through the app, as an administrator would).
 */
export async function startWithOwnCentral(profile: 'kiosk' | 'counter'): Promise<WithOwnCentral> {
  const dir = tempDir(profile);
  const central = await startCentralService({ pgliteDir: join(dir, 'central') });
  try {
    await seedDemoData(central.central, { accounts: DEMO_ACCOUNTS });
    const { code } = await central.issueEnrolmentCode(profile, 'orenburg');
    const dataDir = join(dir, 'device');
    const preview = await startPreview({
      dataDir,
      env: {},
      overrides: { centralUrl: central.url },
    });
    return {
      preview,
      dataDir,
      central,
      db: central.central.db,
      enrolmentCode: code,
      close: async () => {
        await preview.close();
        await central.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await central.close();
    throw error;
  }
}

/** The out-of-the-box device: the embedded central (PGlite, demo data) inside the services. */
export interface Embedded extends KabinetEnvironment {
  /** Stops the device, then opens the embedded central's database for checks (closes with close()). */
  stopAndOpenCentral(): Promise<Kysely<Database>>;
}

export async function startEmbedded(profile: 'kiosk' | 'counter'): Promise<Embedded> {
  const dir = tempDir(`embedded-${profile}`);
  const dataDir = join(dir, 'device');
  const preview = await startPreview({
    dataDir,
    env: {},
    overrides: { embedded: { profile, regionCode: 'orenburg', demoAccounts: DEMO_ACCOUNTS } },
  });
  let stopped = false;
  let centralClose: (() => Promise<void>) | null = null;
  const stop = async () => {
    if (!stopped) await preview.close();
    stopped = true;
  };
  return {
    preview,
    dataDir,
    async stopAndOpenCentral() {
      await stop();
      const central = await openCentralDb({ pgliteDir: join(dataDir, 'central') });
      centralClose = () => central.close();
      return central.db;
    },
    async close() {
      await stop();
      await centralClose?.();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
