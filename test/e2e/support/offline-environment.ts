import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { startPreview, type Preview } from '../../../electron/preview/start-preview.js';
import { seedDemoData } from '../../../server/demo/seed.js';
import { type RunningCentral, startCentralService } from '../../../server/start.js';
import { DEMO_ACCOUNTS } from './environment.js';

/**
 * A device in preview mode and a central service (PGlite, demo data) that the test stops and
 * starts again on the same folder and port (the device's enrolment keeps the central's URL), and
 * a device that the test closes and starts again on the same data folder, as when the app is
 * restarted.
 */
export interface OfflineEnvironment {
  /** The running device (a new one after restartDevice()). */
  preview: Preview;
  dataDir: string;
  centralUrl: string;
  enrolmentCode: string;
  /** The running central service, or null while it is stopped. */
  central: RunningCentral | null;
  stopCentral(): Promise<void>;
  /** Starts the central service again on the same folder and port. */
  startCentral(): Promise<RunningCentral>;
  /** Closes the device (the app quits) and starts it again on the same data folder. */
  restartDevice(): Promise<Preview>;
  close(): Promise<void>;
}

export async function startOfflineEnvironment(
  profile: 'kiosk' | 'counter',
): Promise<OfflineEnvironment> {
  const dir = mkdtempSync(join(tmpdir(), `kabinet-e2e-offline-${profile}-`));
  const pgliteDir = join(dir, 'central');
  const dataDir = join(dir, 'device');
  const first = await startCentralService({ pgliteDir });
  const port = Number(new URL(first.url).port);
  let preview: Preview | null = null;
  try {
    await seedDemoData(first.central, { accounts: DEMO_ACCOUNTS });
    const { code } = await first.issueEnrolmentCode(profile, 'orenburg');
    const startDevice = () =>
      startPreview({ dataDir, env: {}, overrides: { centralUrl: first.url } });
    preview = await startDevice();
    const env: OfflineEnvironment = {
      preview,
      dataDir,
      centralUrl: first.url,
      enrolmentCode: code,
      central: first,
      async stopCentral() {
        await env.central?.close();
        env.central = null;
      },
      async startCentral() {
        env.central ??= await startCentralService({ pgliteDir, port });
        return env.central;
      },
      async restartDevice() {
        await env.preview.close();
        env.preview = await startDevice();
        return env.preview;
      },
      async close() {
        await env.preview.close();
        await env.central?.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    return env;
  } catch (error) {
    await preview?.close();
    await first.close();
    throw error;
  }
}
