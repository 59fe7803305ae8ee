import type { FastifyInstance } from 'fastify';

import { buildCentralApp } from './app.js';
import {
  type CentralConfig,
  type CodeConfig,
  type DeliveryConfig,
  loadCentralConfig,
} from './config.js';
import { type CentralDb, openCentralDb } from './db/connect.js';
import { migrateCentral } from './db/migrate.js';
import { lockPgliteFolder } from './db/pglite-lock.js';
import { issueEnrolmentCode } from './enrolment/issue.js';
import type { CentralLoggerOptions } from './logging.js';

export interface StartCentralOptions {
  /** postgres://… (PostgreSQL); with neither this nor pgliteDir the database is an in-memory PGlite. */
  databaseUrl?: string;
  pgliteDir?: string;
  /** Default 127.0.0.1 and 0 (a random free port). */
  host?: string;
  port?: number;
  adminToken?: string;
  /** A pino level, or false for silence. Default: silent. */
  logLevel?: string | false;
  /** Pino options for that level, e.g. `{ stream }` to write the log to a file (tests scan it). */
  logger?: CentralLoggerOptions;
  clock?: () => Date;
  sessionIdleMinutes?: number;
  sessionAbsoluteHours?: number;
  /** Mail and SMS adapters; default: both sandboxes (what the embedded default and tests use). */
  delivery?: DeliveryConfig;
  /** One-time code settings; default: 6 digits, 10 minutes, 60 s between sends, random key. */
  codes?: CodeConfig;
}

export interface RunningCentral {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  app: FastifyInstance;
  central: CentralDb;
  issueEnrolmentCode(
    profile: 'kiosk' | 'counter',
    regionCode: string,
    ttlMinutes?: number,
  ): Promise<{ code: string; expiresAt: string }>;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

/** Turns programmatic options into a validated config (same rules and messages as the environment). */
function configFrom(options: StartCentralOptions): CentralConfig {
  const text = (value: string | number | undefined) =>
    value === undefined ? undefined : String(value);
  const config = loadCentralConfig({
    DATABASE_URL: options.databaseUrl,
    KABINET_PGLITE_DIR: options.pgliteDir,
    HOST: options.host ?? '127.0.0.1',
    PORT: text(options.port ?? 0),
    KABINET_ADMIN_TOKEN: options.adminToken,
    LOG_LEVEL:
      options.logLevel === false || options.logLevel === undefined ? 'silent' : options.logLevel,
    SESSION_IDLE_MINUTES: text(options.sessionIdleMinutes),
    SESSION_ABSOLUTE_HOURS: text(options.sessionAbsoluteHours),
  });
  return {
    ...config,
    delivery: options.delivery ?? config.delivery,
    codes: options.codes ?? config.codes,
  };
}

/** Opens the database; a PGlite folder is locked to this process until `close()`. */
async function openDatabase(config: CentralConfig, pgliteDir: string | undefined) {
  const unlock = !config.databaseUrl && pgliteDir ? lockPgliteFolder(pgliteDir) : () => {};
  try {
    const central = await openCentralDb({ databaseUrl: config.databaseUrl, pgliteDir });
    const close = async () => {
      try {
        await central.close();
      } finally {
        unlock();
      }
    };
    return { central, close };
  } catch (error) {
    unlock();
    throw error;
  }
}

/**
 * Opens (and migrates) the central database, builds the app and listens. Used by
 * `npm run server`, by tests, and by the desktop app as its embedded default.
 */
export async function startCentralService(
  options: StartCentralOptions = {},
): Promise<RunningCentral> {
  const config = configFrom(options);
  const clock = options.clock ?? (() => new Date());
  const { central, close: closeDb } = await openDatabase(config, options.pgliteDir);
  try {
    await migrateCentral(central.db);
    const silent = options.logLevel === false || options.logLevel === undefined;
    const app = await buildCentralApp({
      central,
      config,
      clock,
      ...(silent ? { logger: false } : options.logger ? { logger: options.logger } : {}),
    });
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host}:${port}`,
      app,
      central,
      issueEnrolmentCode: (profile, regionCode, ttlMinutes = 60) =>
        issueEnrolmentCode(central.db, clock(), { profile, regionCode, ttlMinutes }),
      async close() {
        try {
          await app.close();
        } finally {
          await closeDb();
        }
      },
    };
  } catch (error) {
    await closeDb();
    throw error;
  }
}
