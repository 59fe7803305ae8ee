import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

import { app, type BrowserWindow, dialog, ipcMain, Menu, safeStorage, session } from 'electron';
import { autoUpdater } from 'electron-updater';

import type { DeviceProfile, Result } from '../../shared/contract/index.js';
import {
  createMainServices,
  mainOptionsFromEnv,
  type MainServices,
} from '../services/main-services.js';
import { claimSingleInstance, quitCleanly } from './app-lifecycle.js';
import { appEntryUrl } from './app-url.js';
import { EXTERNAL_LINK_HOSTS } from './external-links.js';
import { forwardEvents, registerIpc } from './ipc.js';
import { clearBrowsingTraces } from './kiosk.js';
import { createMainLog, type Log } from './log.js';
import { createMainWindow } from './main-window.js';
import { createSafeStorageSecretStore } from './safe-storage-secret-store.js';
import { startUpdater } from './updater.js';
import { guardAllWebContents } from './web-contents-guard.js';

/** The profile the device was enrolled with; an unenrolled device opens as a counter for its administrator. */
async function currentProfile(services: MainServices): Promise<DeviceProfile> {
  const state = await services.dispatch('app.getState', {});
  return profileOf(state) ?? 'counter';
}

function profileOf(result: Result<unknown>): DeviceProfile | null {
  if (!result.ok) return null;
  const profile = (result.value as { profile?: unknown }).profile;
  return profile === 'kiosk' || profile === 'counter' ? profile : null;
}

/**
 * The whole main process: one instance, hardened web contents, the services, the IPC border, the
 * window for the device's profile, background updates, and a clean stop on quit.
 * `mainDir` is the folder of dist/electron/main.cjs.
 */
export async function runMainProcess(mainDir: string): Promise<void> {
  let window: BrowserWindow | null = null;
  app.enableSandbox();
  if (!claimSingleInstance(app, () => window)) {
    app.quit();
    return;
  }
  const userDataDir = app.getPath('userData');
  const log: Log = createMainLog(join(userDataDir, 'logs', 'main.log'));
  guardAllWebContents(app, log);
  await app.whenReady();
  mkdirSync(userDataDir, { recursive: true });

  const services = await createMainServices({
    userDataDir,
    secretStore: createSafeStorageSecretStore(safeStorage, join(userDataDir, 'secrets.bin'), log),
    appVersion: app.getVersion(),
    deviceName: hostname(),
    log,
    ...mainOptionsFromEnv(process.env),
  });
  quitCleanly(
    app,
    () => services.stop(),
    (error) => log('error', 'stop failed', String(error)),
  );
  await services.start();

  const profile = await currentProfile(services);
  const appUrl = appEntryUrl(mainDir);
  const mainContents = () => (window === null || window.isDestroyed() ? null : window.webContents);
  registerIpc(ipcMain, {
    services: { dispatch: (method, input) => relaunchOnProfileChange(method, input) },
    mainContents,
    appUrl,
    log,
  });

  async function relaunchOnProfileChange(method: string, input: unknown) {
    const result = await services.dispatch(method, input);
    const enrolledAs = method === 'device.enrol' ? profileOf(result) : null;
    if (enrolledAs !== null && enrolledAs !== profile) {
      log('info', 'device enrolled with another profile; restarting', { profile: enrolledAs });
      setTimeout(() => {
        app.relaunch();
        app.quit();
      }, 1500);
    }
    return result;
  }

  if (app.isPackaged || profile === 'kiosk') Menu.setApplicationMenu(null);
  if (profile === 'kiosk') await clearBrowsingTraces(session.defaultSession);
  window = await createMainWindow(profile, {
    appUrl,
    preloadPath: join(mainDir, 'preload.cjs'),
    devTools: !app.isPackaged,
    allowedExternalHosts: await externalHosts(services),
    log,
  });
  forwardEvents(services, mainContents);

  const updater = startUpdater({
    updater: autoUpdater,
    profile,
    isSessionActive: async () => {
      const current = await services.dispatch('session.get', {});
      return !current.ok || current.value !== null;
    },
    clock: () => new Date(),
    log,
  });
  services.onEvent((name) => {
    if (name !== 'session.ended') return;
    if (profile === 'kiosk') void clearBrowsingTraces(session.defaultSession);
    updater.sessionEnded();
  });
  app.on('will-quit', () => updater.stop());
}

/** A start that failed is shown to the administrator (in Russian, with where to look) before exiting. */
export function reportFatalStartError(error: unknown): void {
  process.stderr.write(`Kabinet failed to start: ${String(error)}\n`);
  dialog.showErrorBox(
    'Кабинет не запустился',
    `Приложение не смогло запуститься: ${String(error)}\n\nПерезапустите его; если ошибка повторится, ` +
      `передайте администратору журнал logs/main.log из папки ${app.getPath('userData')}.`,
  );
  app.exit(1);
}

/**
 * The settlement centre's sites, plus the embedded central's own address while its delivery
 * sandbox is on (a demo set-up): the sandbox viewer's e-mail links open there, in the browser.
 */
async function externalHosts(services: MainServices): Promise<readonly string[]> {
  const state = await services.dispatch('app.getState', {});
  const sandbox = state.ok && (state.value as { sandbox?: boolean }).sandbox === true;
  return sandbox ? [...EXTERNAL_LINK_HOSTS, '127.0.0.1'] : EXTERNAL_LINK_HOSTS;
}
