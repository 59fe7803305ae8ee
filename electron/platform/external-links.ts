/**
 * Hosts whose pages may be opened in the system browser from the app (the settlement centre's
 * public sites). Everything else a page tries to open is dropped.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['ercprogress.ru', 'www.ercprogress.ru'];

/** True for an http(s) URL, without credentials, whose host is on the allow-list. */
export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return allowedHosts.includes(parsed.hostname.toLowerCase());
}
