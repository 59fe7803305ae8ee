import type { App, BrowserWindow } from 'electron';

/**
 * One running copy per machine (two would fight over the cache database and the kiosk screen).
 * Returns false when another copy already runs: this one must quit.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  mainWindow: () => BrowserWindow | null,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = mainWindow();
    if (window === null || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  return true;
}

/**
 * Quits when the window closes, and stops the services before the process ends: the quit is
 * held once, until `stop` settles, then let through.
 */
export function quitCleanly(
  app: Pick<App, 'on' | 'quit'>,
  stop: () => Promise<void>,
  onStopError: (error: unknown) => void,
): void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    stop()
      .catch(onStopError)
      .finally(() => {
        state = 'stopped';
        app.quit();
      });
  });
}
