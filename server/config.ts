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
  /** How e-mail and SMS leave the service (server/delivery). */
  delivery: DeliveryConfig;
  /** One-time codes and e-mail link tokens (server/identity/otp.ts). */
  codes: CodeConfig;
  /**
   * The address people reach this service at (https://lk.example.ru), for links in e-mails;
   * unset: the address it listens on. Never taken from a request's Host header.
   */
  publicUrl?: string | undefined;
}

/** Delivery adapters: SMTP when a URL is set, SMS.ru when chosen; the sandbox otherwise. */
export interface DeliveryConfig {
  /** smtp:// or smtps:// URL of the mail relay (credentials inside); undefined: the sandbox mailer. */
  smtpUrl: string | undefined;
  /** The From header, e.g. `Единый личный кабинет <no-reply@example.ru>`. */
  mailFrom: string;
  smsProvider: 'smsru' | 'sandbox';
  /** SMS.ru api_id; required when smsProvider is smsru. */
  smsRuApiId: string | undefined;
  /** SMS.ru base URL (the API lives under /sms/send). */
  smsRuUrl: string;
}

export interface CodeConfig {
  /** Digits in an SMS code. */
  length: number;
  /** Lifetime of a code or an e-mail link. */
  ttlMinutes: number;
  /** Seconds before the same request may be sent again. */
  resendSeconds: number;
  /** HMAC key of stored codes, captcha answers and link tokens; undefined: random per process. */
  secret: string | undefined;
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
  KABINET_SMTP_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\/\S+$/)
      .refine((value) => URL.canParse(value))
      .optional(),
  ),
  KABINET_MAIL_FROM: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(200)
      .regex(/^(?:[^<>\r\n]+ <[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)$/)
      .default('Единый личный кабинет <no-reply@kabinet.example>'),
  ),
  KABINET_SMS_PROVIDER: z.preprocess(
    blankToUndefined,
    z.enum(['smsru', 'sandbox']).default('sandbox'),
  ),
  KABINET_SMSRU_API_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[\w-]{8,64}$/)
      .optional(),
  ),
  KABINET_SMSRU_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^\s?#]+$/)
      .refine((value) => URL.canParse(value))
      .default('https://sms.ru'),
  ),
  KABINET_OTP_LENGTH: z.preprocess(blankToUndefined, intIn(4, 10).default(6)),
  KABINET_OTP_TTL_MINUTES: z.preprocess(blankToUndefined, intIn(1, 24 * 60).default(10)),
  KABINET_OTP_RESEND_SECONDS: z.preprocess(blankToUndefined, intIn(10, 3600).default(60)),
  KABINET_CODE_SECRET: z.preprocess(blankToUndefined, z.string().min(32).max(512).optional()),
  KABINET_PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^\s?#]+$/)
      .refine((value) => URL.canParse(value))
      .optional(),
  ),
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
  KABINET_SMTP_URL: 'an smtp:// or smtps:// URL such as smtps://user:password@mail.example.ru:465',
  KABINET_MAIL_FROM: 'an address, optionally with a name: Name <address@example.ru>',
  KABINET_SMS_PROVIDER: 'one of smsru, sandbox',
  KABINET_SMSRU_API_ID:
    'the api_id of an SMS.ru account (required when KABINET_SMS_PROVIDER=smsru)',
  KABINET_SMSRU_URL: 'an http(s) base URL such as https://sms.ru',
  KABINET_OTP_LENGTH: 'an integer number of digits from 4 to 10',
  KABINET_OTP_TTL_MINUTES: 'an integer number of minutes from 1 to 1440',
  KABINET_OTP_RESEND_SECONDS: 'an integer number of seconds from 10 to 3600',
  KABINET_CODE_SECRET:
    'a secret of at least 32 characters (leave unset for a random one per process)',
  KABINET_PUBLIC_URL: 'an http(s) base URL such as https://lk.example.ru (links in e-mails)',
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
  const parsed = schema
    .refine((c) => c.KABINET_SMS_PROVIDER !== 'smsru' || c.KABINET_SMSRU_API_ID !== undefined, {
      path: ['KABINET_SMSRU_API_ID'],
    })
    .safeParse(input);
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
    delivery: {
      smtpUrl: c.KABINET_SMTP_URL,
      mailFrom: c.KABINET_MAIL_FROM,
      smsProvider: c.KABINET_SMS_PROVIDER,
      smsRuApiId: c.KABINET_SMSRU_API_ID,
      smsRuUrl: c.KABINET_SMSRU_URL,
    },
    codes: {
      length: c.KABINET_OTP_LENGTH,
      ttlMinutes: c.KABINET_OTP_TTL_MINUTES,
      resendSeconds: c.KABINET_OTP_RESEND_SECONDS,
      secret: c.KABINET_CODE_SECRET,
    },
    publicUrl: c.KABINET_PUBLIC_URL,
  };
}
