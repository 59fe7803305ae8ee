import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the built renderer lives relative to dist/electron/main.cjs (also inside app.asar). */
export function rendererIndexPath(mainDir: string): string {
  return join(mainDir, '..', 'renderer', 'index.html');
}

/** The file URL the main window loads. */
export function appEntryUrl(mainDir: string): string {
  return pathToFileURL(rendererIndexPath(mainDir)).href;
}

/** The file URL of the renderer folder, with a trailing slash: every app asset lives below it. */
export function appRootUrl(appUrl: string): string {
  return new URL('.', appUrl).href;
}

/**
 * True when `url` is the app's own page: the same file URL, whatever its query or hash
 * (the router keeps its route in the hash). Anything unparsable is not ours.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const candidate = new URL(url);
    const app = new URL(appUrl);
    return (
      candidate.protocol === 'file:' &&
      app.protocol === 'file:' &&
      candidate.host === app.host &&
      candidate.pathname === app.pathname
    );
  } catch {
    return false;
  }
}

/** True when `url` is a file below the renderer folder (scripts, styles, fonts of the app). */
export function isAppAssetUrl(url: string, appUrl: string): boolean {
  try {
    const candidate = new URL(url);
    return candidate.protocol === 'file:' && candidate.href.startsWith(appRootUrl(appUrl));
  } catch {
    return false;
  }
}
