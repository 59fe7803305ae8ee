import type { OnHeadersReceivedListenerDetails, HeadersReceivedResponse, Session } from 'electron';

import { isAppAssetUrl } from './app-url.js';
import { withContentSecurityPolicy } from '../../shared/security/content-security-policy.js';

/** The header rewrite: app responses get our CSP; others pass unchanged. */
export function cspHeaderListener(appUrl: string) {
  return (
    details: Pick<OnHeadersReceivedListenerDetails, 'url' | 'responseHeaders'>,
    callback: (response: HeadersReceivedResponse) => void,
  ): void => {
    if (!isAppAssetUrl(details.url, appUrl)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  };
}

/** Adds the Content-Security-Policy header to every response of the app's own files. */
export function installCspHeader(session: Session, appUrl: string): void {
  session.webRequest.onHeadersReceived(cspHeaderListener(appUrl));
}
