import type { App, WebContents } from 'electron';

import type { Log } from './log.js';

/**
 * Applies to every web contents the app ever creates, before any page runs: no <webview>, and
 * no new window. A window that needs external links (the main window) replaces the window-open
 * handler with its own allow-list right after creation.
 */
export function hardenWebContents(contents: WebContents, log: Log): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('warn', 'webview blocked');
  });
  contents.setWindowOpenHandler(() => {
    log('warn', 'window.open blocked');
    return { action: 'deny' };
  });
}

/** Registers {@link hardenWebContents} for all web contents of the app. */
export function guardAllWebContents(app: Pick<App, 'on'>, log: Log): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
}
