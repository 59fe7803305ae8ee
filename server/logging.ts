import type { DestinationStream, LoggerOptions } from 'pino';

/** Pino options the caller may pass; `stream` redirects output (tests capture it). */
export type CentralLoggerOptions = LoggerOptions & { stream?: DestinationStream };

/** Paths never written to logs: credentials, tokens, codes and request bodies. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-session-token"]',
  'req.body',
  'body',
  'password',
  '*.password',
  'token',
  '*.token',
  'code',
  '*.code',
  'deviceToken',
  '*.deviceToken',
  'sessionToken',
  '*.sessionToken',
];

/** The service's logger options: the caller's, with redaction always applied. */
export function centralLoggerOptions(
  level: string,
  given: CentralLoggerOptions | undefined,
): CentralLoggerOptions {
  return { level, ...given, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
}
