/**
 * The sign-in benchmark: the central service on PostgreSQL (a throwaway cluster, or
 * BENCH_DATABASE_URL's server) with `users` residents sharing one argon2id hash of the
 * service's parameters. First a paced client offers a fixed rate (default 20 sign-ins/s for
 * 15 s, each latency measured from its scheduled start, so a stall is not hidden); then a closed
 * loop of `concurrency` clients finds the maximum throughput. Prints throughput and latency
 * percentiles (goal: p99 < 300 ms at 20/s). The load generator shares the machine's cores.
 */
import { hashPassword } from '../../server/auth/password.js';
import { openCentralDb } from '../../server/db/connect.js';
import { migrateCentral } from '../../server/db/migrate.js';
import { BULK_USER_HASH, DEMO_PASSWORD } from '../../server/demo/passwords.js';
import { startCentralService } from '../../server/start.js';
import { enrolResponseSchema } from '../../shared/sync/http.js';
import { seedRegion } from '../support/central-fixture.js';
import { freshPostgresDatabase } from './postgres.js';

const REGION = 'orenburg';

interface Run {
  latencies: number[];
  failures: number;
  seconds: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(label: string, run: Run): void {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const ms = (p: number) => `${percentile(sorted, p).toFixed(0)} ms`;
  console.log(
    `${label}: ${run.latencies.length} sign-ins in ${run.seconds.toFixed(1)} s = ${(run.latencies.length / run.seconds).toFixed(1)}/s, ` +
      `failures ${run.failures}; p50 ${ms(50)}, p95 ${ms(95)}, p99 ${ms(99)}, max ${ms(100)}`,
  );
}

/** Seeds one region and `count` residents (logins bench1…), all with the demo password. */
async function seed(url: string, count: number): Promise<void> {
  const central = await openCentralDb({ databaseUrl: url });
  try {
    await migrateCentral(central.db);
    const region = await seedRegion(central, { code: REGION, accounts: 1 });
    const rows = Array.from({ length: count }, (_, i) => ({
      login: `bench${i + 1}`,
      password_hash: BULK_USER_HASH,
      full_name: 'Иванов Иван Иванович',
      region_id: region.regionId,
    }));
    await central.db.insertInto('users').values(rows).execute();
  } finally {
    await central.close();
  }
}

export async function benchSignIn(
  rate: number,
  seconds: number,
  concurrency: number,
): Promise<void> {
  const header = /^\$argon2id\$v=\d+\$([^$]+)\$/.exec(await hashPassword('x'))?.[1];
  console.log(`argon2id parameters: ${header} (server/auth/password.ts)`);
  const users = 500;
  const database = await freshPostgresDatabase();
  try {
    await seed(database.url, users);
    const running = await startCentralService({ databaseUrl: database.url, logLevel: false });
    try {
      const { code } = await running.issueEnrolmentCode('kiosk', REGION);
      const enrolled = await fetch(`${running.url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName: 'bench' }),
      });
      const { deviceToken } = enrolResponseSchema.parse(await enrolled.json());
      let next = 0;
      const signIn = async (): Promise<boolean> => {
        next += 1;
        const response = await fetch(`${running.url}/api/v1/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Device ${deviceToken}` },
          body: JSON.stringify({ login: `bench${(next % users) + 1}`, password: DEMO_PASSWORD }),
        });
        await response.arrayBuffer();
        return response.status === 200;
      };
      for (let i = 0; i < 10; i += 1) await signIn(); // warm-up
      report('one client, 5 s (service time)', await closedLoop(signIn, 1, 5));
      report(`offered ${rate}/s for ${seconds} s`, await paced(signIn, rate, seconds));
      report(
        `closed loop, ${concurrency} clients, 10 s`,
        await closedLoop(signIn, concurrency, 10),
      );
    } finally {
      await running.close();
    }
  } finally {
    await database.drop();
  }
}

/** Starts request i at i/rate seconds whatever happened before; latency counts from that moment. */
async function paced(signIn: () => Promise<boolean>, rate: number, seconds: number): Promise<Run> {
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const run: Run = { latencies: [], failures: 0, seconds: 0 };
  const requests = Array.from({ length: total }, async (_, i) => {
    const due = started + (i * 1000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    const ok = await signIn();
    if (ok) run.latencies.push(performance.now() - due);
    else run.failures += 1;
  });
  await Promise.all(requests);
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

/** `clients` loops signing in back to back for `seconds`. */
async function closedLoop(
  signIn: () => Promise<boolean>,
  clients: number,
  seconds: number,
): Promise<Run> {
  const started = performance.now();
  const until = started + seconds * 1000;
  const run: Run = { latencies: [], failures: 0, seconds: 0 };
  const client = async () => {
    while (performance.now() < until) {
      const at = performance.now();
      if (await signIn()) run.latencies.push(performance.now() - at);
      else run.failures += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  run.seconds = (performance.now() - started) / 1000;
  return run;
}
