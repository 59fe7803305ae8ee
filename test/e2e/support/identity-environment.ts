// Registration and recovery end to end: a central service in this process (PGlite, demo data)
// that texts into its SMS sandbox and mails through a real SMTP server here, and two preview
// devices enrolled with it, a kiosk and a counter. Both sides log to files in the run's folder,
// and every secret the run uses is collected, so a test can prove none of them was logged.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import pino from 'pino';

import { createPreviewLog } from '../../../electron/preview/log.js';
import { type Preview, startPreview } from '../../../electron/preview/start-preview.js';
import { DEVICE_TOKEN_KEY } from '../../../electron/services/device-config.js';
import type { Database } from '../../../server/db/schema.js';
import { seedDemoData } from '../../../server/demo/seed.js';
import { type RunningCentral, startCentralService } from '../../../server/start.js';
import { type Mailbox, startMailbox } from './mailbox.js';

export interface IdentityEnvironment {
  central: RunningCentral;
  db: Kysely<Database>;
  mailbox: Mailbox;
  kiosk: Preview;
  counter: Preview;
  /** Passwords, codes and tokens used in the run: none may appear in a log. */
  secrets: Set<string>;
  /** The central's and both devices' log files. */
  logFiles: string[];
  /** Demo accounts of Orenburg without a registered owner, ready to register. */
  ownerlessAccounts(count: number): Promise<string[]>;
  close(): Promise<void>;
}

async function startDevice(central: RunningCentral, dir: string, profile: 'kiosk' | 'counter') {
  const dataDir = join(dir, `device-${profile}`);
  const logFile = join(dir, `device-${profile}.log`);
  const preview = await startPreview({
    dataDir,
    env: {},
    overrides: { centralUrl: central.url },
    log: createPreviewLog(logFile),
  });
  const { code } = await central.issueEnrolmentCode(profile, 'orenburg');
  const enrolled = await preview.services.dispatch('device.enrol', {
    centralUrl: central.url,
    code,
  });
  if (!enrolled.ok) throw new Error(`enrolment failed: ${enrolled.error.code}`);
  const secrets = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as Record<
    string,
    string
  >;
  return { preview, logFile, deviceToken: secrets[DEVICE_TOKEN_KEY] ?? '' };
}

export async function startIdentityEnvironment(name: string): Promise<IdentityEnvironment> {
  const dir = mkdtempSync(join(tmpdir(), `kabinet-e2e-${name}-`));
  const centralLog = join(dir, 'central.log');
  const mailbox = await startMailbox();
  const central = await startCentralService({
    pgliteDir: join(dir, 'central'),
    logLevel: 'info',
    logger: { stream: pino.destination({ dest: centralLog, sync: true }) },
    delivery: {
      smtpUrl: mailbox.url,
      mailFrom: 'Единый личный кабинет <no-reply@kabinet.example>',
      smsProvider: 'sandbox',
      smsRuApiId: undefined,
      smsRuUrl: 'https://sms.ru',
    },
  });
  await seedDemoData(central.central, { accounts: 150 });
  const kiosk = await startDevice(central, dir, 'kiosk');
  const counter = await startDevice(central, dir, 'counter');
  const db = central.central.db;
  return {
    central,
    db,
    mailbox,
    kiosk: kiosk.preview,
    counter: counter.preview,
    secrets: new Set([
      kiosk.deviceToken,
      counter.deviceToken,
      kiosk.preview.token,
      counter.preview.token,
    ]),
    logFiles: [centralLog, kiosk.logFile, counter.logFile],
    async ownerlessAccounts(count) {
      const rows = await sql<{ number: string }>`
        SELECT a.number FROM accounts a JOIN regions r ON r.id = a.region_id
        WHERE r.code = 'orenburg' AND NOT EXISTS (
          SELECT 1 FROM user_accounts ua WHERE ua.account_id = a.id AND ua.role = 'owner')
        ORDER BY a.number LIMIT ${count}`.execute(db);
      return rows.rows.map((row) => row.number);
    },
    async close() {
      await kiosk.preview.close();
      await counter.preview.close();
      await central.close();
      await mailbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The lines of the run's logs that contain one of its secrets (none, when all is well). */
export function secretsInLogs(env: IdentityEnvironment): string[] {
  const found: string[] = [];
  for (const file of env.logFiles) {
    const text = readFileSync(file, 'utf8');
    for (const secret of env.secrets) {
      if (secret.length < 4) continue;
      // Digits only (codes): not as part of a longer number such as a timestamp.
      const pattern = /^\d+$/.test(secret)
        ? new RegExp(`(?<!\\d)${secret}(?!\\d)`)
        : new RegExp(secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (pattern.test(text)) found.push(`${file}: ${secret.slice(0, 3)}…`);
    }
  }
  return found;
}
