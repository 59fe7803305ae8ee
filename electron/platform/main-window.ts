import { BrowserWindow, shell } from 'electron';

import type { DeviceProfile } from '../../shared/contract/index.js';
import { installCspHeader } from './csp-header.js';
import { guardKioskInput } from './kiosk.js';
import type { Log } from './log.js';
import { guardNavigation } from './navigation-guard.js';
import { denyAllPermissions } from './permissions.js';
import { mainWindowOptions } from './window-options.js';

export interface MainWindowDeps {
  appUrl: string;
  preloadPath: string;
  devTools: boolean;
  allowedExternalHosts: readonly string[];
  log: Log;
}

/**
 * Creates the single app window for a profile (a kiosk is full screen and locked down), installs
 * the CSP header, permission and navigation guards, and loads the app's page.
 */
export async function createMainWindow(
  profile: DeviceProfile,
  deps: MainWindowDeps,
): Promise<BrowserWindow> {
  const window = new BrowserWindow(
    mainWindowOptions({ profile, preloadPath: deps.preloadPath, devTools: deps.devTools }),
  );
  const { session } = window.webContents;
  installCspHeader(session, deps.appUrl);
  denyAllPermissions(session, deps.log);
  guardNavigation(window.webContents, {
    appUrl: deps.appUrl,
    allowedExternalHosts: deps.allowedExternalHosts,
    openExternal: (url) => shell.openExternal(url),
    log: deps.log,
  });
  if (profile === 'kiosk') guardKioskInput(window.webContents);
  window.once('ready-to-show', () => window.show());
  await window.loadURL(deps.appUrl);
  return window;
}
