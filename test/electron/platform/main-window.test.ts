import { beforeEach, describe, expect, it, vi } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '../../../shared/security/content-security-policy.js';
import { mainWindowOptions } from '../../../electron/platform/window-options.js';

// The Electron runtime cannot exist here: a recording stand-in replaces the module.
const electron = vi.hoisted(() => {
  const windows: FakeWindow[] = [];
  const openExternal = async (_url: string) => {};
  type Listener = (...args: unknown[]) => void;
  class FakeContents {
    listeners = new Map<string, Listener[]>();
    openHandler: ((details: { url: string }) => unknown) | null = null;
    zoomLimits: [number, number] | null = null;
    session = {
      headersListener: null as null | Listener,
      requestHandler: null as null | Listener,
      checkHandler: null as null | ((...args: unknown[]) => boolean),
      webRequest: { onHeadersReceived: (l: Listener) => (this.session.headersListener = l) },
      setPermissionRequestHandler: (h: Listener) => (this.session.requestHandler = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => boolean) =>
        (this.session.checkHandler = h),
      setDevicePermissionHandler: () => {},
    };
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      this.openHandler = handler;
    }
    async setVisualZoomLevelLimits(min: number, max: number) {
      this.zoomLimits = [min, max];
    }
  }
  class FakeWindow {
    webContents = new FakeContents();
    loaded: string | null = null;
    onceListeners: Record<string, () => void> = {};
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    once(name: string, listener: () => void) {
      this.onceListeners[name] = listener;
    }
    show() {}
    async loadURL(url: string) {
      this.loaded = url;
    }
  }
  return { windows, BrowserWindow: FakeWindow, shell: { openExternal: vi.fn(openExternal) } };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, shell: electron.shell }));

const { createMainWindow } = await import('../../../electron/platform/main-window.js');

const appUrl = 'file:///opt/Kabinet/resources/app.asar/dist/renderer/index.html';
const deps = {
  appUrl,
  preloadPath: '/opt/Kabinet/resources/app.asar/dist/electron/preload.cjs',
  devTools: false,
  allowedExternalHosts: ['ercprogress.ru'],
  log: () => {},
};

describe('createMainWindow', () => {
  beforeEach(() => {
    electron.windows.length = 0;
    electron.shell.openExternal.mockClear();
  });

  it('builds the window from the pinned options and loads the app page', async () => {
    await createMainWindow('counter', deps);
    const [window] = electron.windows;
    expect(window?.options).toEqual(
      mainWindowOptions({ profile: 'counter', preloadPath: deps.preloadPath, devTools: false }),
    );
    expect(window?.loaded).toBe(appUrl);
  });

  it('installs the CSP header, the permission refusals and the navigation guards before loading', async () => {
    await createMainWindow('counter', deps);
    const contents = electron.windows[0]!.webContents;
    const headers: unknown[] = [];
    contents.session.headersListener?.({ url: appUrl, responseHeaders: {} }, (r: unknown) =>
      headers.push(r),
    );
    expect(headers).toEqual([
      { responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } },
    ]);

    const grant = vi.fn();
    contents.session.requestHandler?.({}, 'media', grant);
    expect(grant).toHaveBeenCalledWith(false);
    expect(contents.session.checkHandler?.({}, 'media')).toBe(false);

    const navigation = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigation, 'https://evil.example/');
    contents.emit('will-redirect', navigation, 'https://evil.example/');
    expect(navigation.preventDefault).toHaveBeenCalledTimes(2);

    expect(contents.openHandler?.({ url: 'https://ercprogress.ru/x' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([['https://ercprogress.ru/x']]);
  });

  it('locks a kiosk: full screen, no devtools, blocked shortcuts, fixed zoom', async () => {
    await createMainWindow('kiosk', { ...deps, devTools: true });
    const window = electron.windows[0]!;
    expect(window.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      webPreferences: { devTools: false },
    });
    const reload = { preventDefault: vi.fn() };
    window.webContents.emit('before-input-event', reload, {
      type: 'keyDown',
      key: 'F5',
      control: false,
      meta: false,
      alt: false,
      shift: false,
    });
    expect(reload.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.zoomLimits).toEqual([1, 1]);
  });
});
