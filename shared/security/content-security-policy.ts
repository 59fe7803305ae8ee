/**
 * The one Content-Security-Policy of the app. Electron adds it as a response header to every
 * app response and the preview server sends it too; renderer/index.html carries the same policy
 * in a meta tag (see {@link META_CONTENT_SECURITY_POLICY}), so a page loaded either way runs
 * under the same rules.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export const CONTENT_SECURITY_POLICY = directives.join('; ');

/** Browsers ignore these in a <meta> policy (and say so in the console): headers only. */
const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The same policy as renderer/index.html's meta tag must state it: without header-only directives. */
export const META_CONTENT_SECURITY_POLICY = directives
  .filter((directive) => !HEADER_ONLY_DIRECTIVES.includes(directive.split(' ')[0]!))
  .join('; ');

type Headers = Record<string, string[] | string>;

/** Returns a copy of response headers with our policy set (any policy the response had is replaced). */
export function withContentSecurityPolicy(headers: Headers | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
