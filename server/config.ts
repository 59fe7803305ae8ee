import { z } from 'zod';

/** Configuration of the central service, validated once at start. */
export interface CentralConfig {
  /** postgres://… selects PostgreSQL; undefined selects PGlite in `pgliteDir`. */
  databaseUrl: string | undefined;
  pgliteDir: string;
  host: string;
  port: number;
  /** Bearer token of the admin endpoints; undefined disables them (503). */
  adminToken: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Accounts the demo seed creates when `npm run server` finds an empty database. */
  demoAccounts: number;
}

/** Thrown when the configuration is invalid; the message is one line naming the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const intIn = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

const schema = z.object({
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/)
      .optional(),
  ),
  KABINET_PGLITE_DIR: z.preprocess(blankToUndefined, z.string().default('.kabinet-data/central')),
  HOST: z.preprocess(blankToUndefined, z.string().min(1).default('127.0.0.1')),
  PORT: z.preprocess(blankToUndefined, intIn(0, 65535).default(8080)),
  KABINET_ADMIN_TOKEN: z.preprocess(blankToUndefined, z.string().min(24).max(512).optional()),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  SESSION_IDLE_MINUTES: z.preprocess(blankToUndefined, intIn(1, 24 * 60).default(30)),
  SESSION_ABSOLUTE_HOURS: z.preprocess(blankToUndefined, intIn(1, 24 * 30).default(12)),
  KABINET_DEMO_ACCOUNTS: z.preprocess(blankToUndefined, intIn(100, 1_000_000).default(300)),
});

type ConfigVariable = keyof z.infer<typeof schema>;

/** What each variable expects, for the one-line error message. */
const expected: Record<ConfigVariable, string> = {
  DATABASE_URL: 'a postgres:// or postgresql:// URL (leave unset for the embedded PGlite)',
  KABINET_PGLITE_DIR: 'a folder path',
  HOST: 'a host name or IP address to listen on',
  PORT: 'an integer from 0 to 65535',
  KABINET_ADMIN_TOKEN:
    'a secret of at least 24 characters (leave unset to disable admin endpoints)',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  SESSION_IDLE_MINUTES: 'an integer number of minutes from 1 to 1440',
  SESSION_ABSOLUTE_HOURS: 'an integer number of hours from 1 to 720',
  KABINET_DEMO_ACCOUNTS: 'an integer from 100 to 1000000',
};

/**
 * Reads and validates the configuration from environment variables.
 * @throws ConfigError with a one-line message such as
 *   `Invalid configuration: PORT must be an integer from 0 to 65535.` (values are not echoed: they may be secrets).
 */
export function loadCentralConfig(
  env: Record<string, string | undefined> = process.env,
): CentralConfig {
  const input = Object.fromEntries(Object.keys(expected).map((key) => [key, env[key]]));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const variables = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    const parts = variables.map((v) => `${v} must be ${expected[v as ConfigVariable]}`);
    throw new ConfigError(`Invalid configuration: ${parts.join('; ')}.`);
  }
  const c = parsed.data;
  return {
    databaseUrl: c.DATABASE_URL,
    pgliteDir: c.KABINET_PGLITE_DIR,
    host: c.HOST,
    port: c.PORT,
    adminToken: c.KABINET_ADMIN_TOKEN,
    logLevel: c.LOG_LEVEL,
    sessionIdleMinutes: c.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: c.SESSION_ABSOLUTE_HOURS,
    demoAccounts: c.KABINET_DEMO_ACCOUNTS,
  };
}
