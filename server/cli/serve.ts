// npm run server — the central service, configured from the environment (see server/README.md).
import { ConfigError, loadCentralConfig } from '../config.js';
import { isCentralEmpty, seedDemoData } from '../demo/seed.js';
import { startCentralService } from '../start.js';

const SHOWN_DEMO_USERS = 10;

async function main(): Promise<void> {
  const config = loadCentralConfig();
  const running = await startCentralService({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.databaseUrl ? undefined : config.pgliteDir,
    host: config.host,
    port: config.port,
    adminToken: config.adminToken,
    logLevel: config.logLevel,
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionAbsoluteHours: config.sessionAbsoluteHours,
    delivery: config.delivery,
    codes: config.codes,
  });
  const where = running.central.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${config.pgliteDir})`;
  if (await isCentralEmpty(running.central)) {
    console.log(`Empty database: seeding demo data (${config.demoAccounts} accounts)…`);
    const summary = await seedDemoData(running.central, { accounts: config.demoAccounts });
    console.log('Demo residents (login / password → accounts):');
    for (const user of summary.users.slice(0, SHOWN_DEMO_USERS)) {
      console.log(`  ${user.login} / ${user.password} → ${user.accounts.join(', ')}`);
    }
    if (summary.users.length > SHOWN_DEMO_USERS) {
      console.log(`  … and ${summary.users.length - SHOWN_DEMO_USERS} more.`);
    }
  }
  console.log(`Kabinet central service listening on ${running.url} — database: ${where}`);
  if (!config.adminToken)
    console.log('Admin endpoints are disabled: set KABINET_ADMIN_TOKEN to enable them.');
  const { delivery } = running.app.kabinet;
  console.log(`Delivery: e-mail by ${delivery.mailer.kind}, SMS by ${delivery.sms.kind}.`);
  if (!config.codes.secret)
    console.log(
      'KABINET_CODE_SECRET is unset: codes and links sent before a restart stop working; set it when running more than one instance.',
    );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else
    console.error(
      'The central service could not start:',
      error instanceof Error ? error.message : error,
    );
  process.exit(error instanceof ConfigError ? 2 : 1);
});
