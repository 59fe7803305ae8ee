import type { BrowserWindowConstructorOptions } from 'electron';

import type { DeviceProfile } from '../../shared/contract/index.js';

export interface MainWindowOptionsInput {
  profile: DeviceProfile;
  preloadPath: string;
  /** Developer tools: on in development builds only, never on a kiosk. */
  devTools: boolean;
}

/**
 * The main window's options. Pure, so test/electron/platform pins every security-relevant
 * value: a change that weakens one must fail there first.
 */
export function mainWindowOptions(input: MainWindowOptionsInput): BrowserWindowConstructorOptions {
  const kiosk = input.profile === 'kiosk';
  return {
    title: 'Единый личный кабинет',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    kiosk,
    fullscreen: kiosk,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: input.devTools && !kiosk,
      preload: input.preloadPath,
    },
  };
}
