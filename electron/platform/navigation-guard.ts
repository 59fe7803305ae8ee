import type { Event, HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';

import { isAppUrl } from './app-url.js';
import { isAllowedExternalUrl } from './external-links.js';
import type { Log } from './log.js';

export interface NavigationGuardOptions {
  appUrl: string;
  allowedExternalHosts: readonly string[];
  openExternal: (url: string) => Promise<void>;
  log: Log;
}

/** `will-navigate` / `will-redirect`: only the app's own page may load in the window. */
export function navigationListener(appUrl: string, log: Log) {
  return (event: Pick<Event, 'preventDefault'>, url: string): void => {
    if (isAppUrl(url, appUrl)) return;
    event.preventDefault();
    log('warn', 'navigation blocked', { url: safeOrigin(url) });
  };
}

/**
 * `setWindowOpenHandler`: no window is ever created. An allowed http(s) link opens in the
 * system browser; anything else (file:, javascript:, unknown hosts) is dropped.
 */
export function windowOpenHandler(options: NavigationGuardOptions) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    if (isAllowedExternalUrl(details.url, options.allowedExternalHosts)) {
      options.openExternal(details.url).catch((error: unknown) => {
        options.log('warn', 'external link failed to open', { error: String(error) });
      });
    } else {
      options.log('warn', 'window.open blocked', { url: safeOrigin(details.url) });
    }
    return { action: 'deny' };
  };
}

/** Installs both guards on a window's contents. */
export function guardNavigation(contents: WebContents, options: NavigationGuardOptions): void {
  const onNavigate = navigationListener(options.appUrl, options.log);
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', onNavigate);
  contents.setWindowOpenHandler(windowOpenHandler(options));
}

/** Logs say where a page tried to go without copying query strings that may hold personal data. */
function safeOrigin(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? 'file:' : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return 'unparsable';
  }
}
