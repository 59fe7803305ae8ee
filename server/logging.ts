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
  // delivery and identity (0005): message bodies, one-time secrets, captcha answers
  'text',
  '*.text',
  'html',
  '*.html',
  'link',
  '*.link',
  'secret',
  '*.secret',
  'answer',
  '*.answer',
];

/** A request as logged: like Fastify's own, but the query string is never written (e-mail links carry tokens there). */
function requestForLog(req: {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}) {
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return {
    method: req.method,
    url: query < 0 ? url : `${url.slice(0, query)}?[redacted]`,
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** The service's logger options: the caller's, with redaction always applied. */
export function centralLoggerOptions(
  level: string,
  given: CentralLoggerOptions | undefined,
): CentralLoggerOptions {
  return {
    level,
    ...given,
    serializers: { ...given?.serializers, req: requestForLog },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
}
