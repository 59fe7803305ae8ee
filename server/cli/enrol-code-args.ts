import { parseArgs } from 'node:util';

import { issueCodeRequestSchema } from '../../shared/sync/http.js';

export const ENROL_CODE_USAGE = `Выдать код подключения устройства / Issue a device enrolment code.

  npm run enrol-code -- --profile kiosk|counter --region <код региона> [--ttl <минут>]
                        [--url <адрес сервиса> --admin-token <токен>]

С --url (или KABINET_CENTRAL_URL) код выдаёт работающий сервис через API администратора
(токен: --admin-token или KABINET_ADMIN_TOKEN). Без --url код записывается прямо в базу:
DATABASE_URL (PostgreSQL) или папка PGlite KABINET_PGLITE_DIR (по умолчанию .kabinet-data/central);
папку PGlite может открыть только один процесс — если сервис запущен, используйте --url.
With --url the running service issues the code; without it the database is opened directly.`;

export type EnrolCodeCommand = {
  profile: 'kiosk' | 'counter';
  regionCode: string;
  ttlMinutes: number;
} & ({ via: 'http'; url: string; adminToken: string } | { via: 'database' });

/** Thrown for bad arguments; the CLI prints the message and the usage, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses the enrol-code command line (and its environment fallbacks). */
export function parseEnrolCodeArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): EnrolCodeCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        profile: { type: 'string' },
        region: { type: 'string' },
        ttl: { type: 'string' },
        url: { type: 'string' },
        'admin-token': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const ttl = values.ttl === undefined ? undefined : Number(values.ttl);
  const request = issueCodeRequestSchema.safeParse({
    profile: values.profile,
    regionCode: values.region,
    ...(ttl === undefined ? {} : { ttlMinutes: ttl }),
  });
  if (!request.success) {
    const fields = request.error.issues.map(
      (issue) =>
        `--${issue.path[0] === 'ttlMinutes' ? 'ttl' : issue.path[0] === 'regionCode' ? 'region' : String(issue.path[0])}`,
    );
    throw new UsageError(
      `Неверные или отсутствующие аргументы / bad arguments: ${[...new Set(fields)].join(', ')} (--profile kiosk|counter, --region <код>, --ttl 1…10080).`,
    );
  }
  const url = values.url ?? env.KABINET_CENTRAL_URL;
  if (!url) return { ...request.data, via: 'database' };
  if (!/^https?:\/\/\S+$/.test(url))
    throw new UsageError(`--url должен быть http(s)://… / --url must be an http(s) URL.`);
  const adminToken = values['admin-token'] ?? env.KABINET_ADMIN_TOKEN;
  if (!adminToken)
    throw new UsageError(
      'С --url нужен --admin-token (или KABINET_ADMIN_TOKEN) / --url needs --admin-token.',
    );
  return { ...request.data, via: 'http', url: url.replace(/\/+$/, ''), adminToken };
}
