import { describe, expect, it } from 'vitest';

import { mainWindowOptions } from '../../../electron/platform/window-options.js';

// Pinned on purpose: a change that weakens the main window's isolation must fail here first.
const pinnedWebPreferences = {
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
};

describe('main window options', () => {
  it('pins every security-relevant preference for a counter', () => {
    const options = mainWindowOptions({
      profile: 'counter',
      preloadPath: '/app/preload.cjs',
      devTools: false,
    });
    expect(options.webPreferences).toEqual({
      ...pinnedWebPreferences,
      devTools: false,
      preload: '/app/preload.cjs',
    });
    expect(options.kiosk).toBe(false);
    expect(options.fullscreen).toBe(false);
    expect(options.show).toBe(false);
  });

  it('locks a kiosk full screen, and never gives it developer tools', () => {
    const options = mainWindowOptions({
      profile: 'kiosk',
      preloadPath: '/app/preload.cjs',
      devTools: true,
    });
    expect(options.kiosk).toBe(true);
    expect(options.fullscreen).toBe(true);
    expect(options.webPreferences).toEqual({
      ...pinnedWebPreferences,
      devTools: false,
      preload: '/app/preload.cjs',
    });
  });

  it('offers developer tools on a development counter only when asked', () => {
    const options = mainWindowOptions({
      profile: 'counter',
      preloadPath: '/p.cjs',
      devTools: true,
    });
    expect(options.webPreferences?.devTools).toBe(true);
    expect(options.webPreferences?.sandbox).toBe(true);
  });

  it('has no option outside the reviewed set', () => {
    const options = mainWindowOptions({
      profile: 'counter',
      preloadPath: '/p.cjs',
      devTools: false,
    });
    expect(Object.keys(options).sort()).toEqual(
      [
        'autoHideMenuBar',
        'backgroundColor',
        'fullscreen',
        'height',
        'kiosk',
        'minHeight',
        'minWidth',
        'show',
        'title',
        'webPreferences',
        'width',
      ].sort(),
    );
  });
});
