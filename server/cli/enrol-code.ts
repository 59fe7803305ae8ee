// npm run enrol-code -- --profile kiosk --region orenburg [--ttl 60] [--url … --admin-token …]
import { loadCentralConfig } from '../config.js';
import { openCentralDb } from '../db/connect.js';
import { migrateCentral } from '../db/migrate.js';
import { lockPgliteFolder } from '../db/pglite-lock.js';
import { issueEnrolmentCode, type IssuedCode } from '../enrolment/issue.js';
import {
  ENROL_CODE_USAGE,
  type EnrolCodeCommand,
  parseEnrolCodeArgs,
  UsageError,
} from './enrol-code-args.js';

async function viaHttp(command: Extract<EnrolCodeCommand, { via: 'http' }>): Promise<IssuedCode> {
  const response = await fetch(`${command.url}/api/v1/admin/enrolment-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${command.adminToken}` },
    body: JSON.stringify({
      profile: command.profile,
      regionCode: command.regionCode,
      ttlMinutes: command.ttlMinutes,
    }),
  });
  const body = (await response.json().catch(() => null)) as
    (IssuedCode & { error?: { code: string; message: string } }) | null;
  if (!response.ok || !body) {
    throw new Error(
      body?.error ? `${body.error.code}: ${body.error.message}` : `HTTP ${response.status}`,
    );
  }
  return body;
}

async function viaDatabase(command: EnrolCodeCommand): Promise<IssuedCode> {
  const config = loadCentralConfig();
  const unlock = config.databaseUrl ? () => {} : lockPgliteFolder(config.pgliteDir);
  try {
    const central = await openCentralDb({
      databaseUrl: config.databaseUrl,
      pgliteDir: config.databaseUrl ? undefined : config.pgliteDir,
    });
    try {
      await migrateCentral(central.db);
      return await issueEnrolmentCode(central.db, new Date(), command);
    } finally {
      await central.close();
    }
  } finally {
    unlock();
  }
}

async function main(): Promise<number> {
  let command: EnrolCodeCommand;
  try {
    command = parseEnrolCodeArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${ENROL_CODE_USAGE}`);
    return 2;
  }
  try {
    const issued = command.via === 'http' ? await viaHttp(command) : await viaDatabase(command);
    console.log(
      `Код подключения / enrolment code (${command.profile}, ${command.regionCode}): ${issued.code}`,
    );
    console.log(`Действует до / expires at: ${issued.expiresAt}`);
    return 0;
  } catch (error) {
    console.error(
      `Не удалось выдать код / could not issue a code: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

main().then((code) => process.exit(code));
