import type { AppUpdater } from 'electron-updater';

import type { DeviceProfile } from '../../shared/contract/index.js';
import type { Log } from './log.js';

export const UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;
/** How often a kiosk with a downloaded update looks for a quiet moment to restart. */
export const KIOSK_INSTALL_RETRY_MS = 15 * 60 * 1000;
/** Local hours [from, to) in which an idle kiosk may restart to install. */
export const KIOSK_QUIET_HOURS = { from: 1, to: 5 } as const;

type Timers = {
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
};

export interface UpdaterOptions {
  updater: Pick<
    AppUpdater,
    'on' | 'checkForUpdates' | 'quitAndInstall' | 'autoDownload' | 'autoInstallOnAppQuit' | 'logger'
  >;
  profile: DeviceProfile;
  /** True while a resident (kiosk) or an operator (counter) is signed in. */
  isSessionActive: () => Promise<boolean>;
  clock: () => Date;
  log: Log;
  timers?: Timers;
}

export interface RunningUpdater {
  /** Call when a session ends: an idle kiosk may then install a waiting update. */
  sessionEnded(): void;
  stop(): void;
}

/** A kiosk restarts for an update only with nobody signed in and only in its quiet hours. */
export function kioskMayInstallNow(sessionActive: boolean, now: Date): boolean {
  const hour = now.getHours();
  return !sessionActive && hour >= KIOSK_QUIET_HOURS.from && hour < KIOSK_QUIET_HOURS.to;
}

/**
 * Background updates from the generic feed in electron-builder.yml (`publish`): a check at start
 * and every four hours, silent download, install when the app quits. A counter never restarts on
 * its own; a kiosk, which rarely quits, restarts only when {@link kioskMayInstallNow} allows.
 */
export function startUpdater(options: UpdaterOptions): RunningUpdater {
  const { updater, log } = options;
  const timers: Timers = options.timers ?? {
    setInterval: (fn, ms) => setInterval(fn, ms).unref(),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
  };
  let downloadedVersion: string | null = null;
  let installing = false;

  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.logger = {
    info: (message?: unknown) => log('info', `updater: ${String(message)}`),
    warn: (message?: unknown) => log('warn', `updater: ${String(message)}`),
    error: (message?: unknown) => log('error', `updater: ${String(message)}`),
    debug: (message: string) => log('debug', `updater: ${message}`),
  };
  updater.on('update-available', (info) =>
    log('info', 'update available', { version: info.version }),
  );
  updater.on('update-not-available', () => log('debug', 'no update available'));
  updater.on('error', (error) => log('warn', 'update failed', { error: error.message }));
  updater.on('update-downloaded', (event) => {
    downloadedVersion = event.version;
    log('info', 'update downloaded; it installs when the app quits', { version: event.version });
    void tryKioskInstall();
  });

  const check = () => {
    updater.checkForUpdates().catch((error: unknown) => {
      log('warn', 'update check failed', { error: String(error) });
    });
  };

  async function tryKioskInstall(): Promise<void> {
    if (options.profile !== 'kiosk' || downloadedVersion === null || installing) return;
    const active = await options.isSessionActive().catch(() => true);
    if (!kioskMayInstallNow(active, options.clock())) return;
    installing = true;
    log('info', 'idle kiosk restarts to install the update', { version: downloadedVersion });
    updater.quitAndInstall(true, true);
  }

  check();
  const checkTimer = timers.setInterval(check, UPDATE_CHECK_INTERVAL_MS);
  const kioskTimer =
    options.profile === 'kiosk'
      ? timers.setInterval(() => void tryKioskInstall(), KIOSK_INSTALL_RETRY_MS)
      : null;

  return {
    sessionEnded: () => void tryKioskInstall(),
    stop: () => {
      timers.clearInterval(checkTimer);
      if (kioskTimer !== null) timers.clearInterval(kioskTimer);
    },
  };
}
