import { EventEmitter } from 'node:events';

import type { App, BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { claimSingleInstance, quitCleanly } from '../../../electron/platform/app-lifecycle.js';
import { clearBrowsingTraces, isBlockedKioskKey } from '../../../electron/platform/kiosk.js';

const key = (
  k: string,
  mods: Partial<{ control: boolean; alt: boolean; meta: boolean; shift: boolean }> = {},
) => ({
  type: 'keyDown' as const,
  key: k,
  control: false,
  alt: false,
  meta: false,
  shift: false,
  ...mods,
});

describe('kiosk keyboard', () => {
  it('blocks reload, close, zoom, print, devtools and history shortcuts', () => {
    for (const input of [
      key('F5'),
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('w', { control: true }),
      key('F4', { alt: true }),
      key('ArrowLeft', { alt: true }),
      key('+', { control: true }),
      key('p', { control: true }),
      key('I', { control: true, shift: true }),
      key('F12'),
    ]) {
      expect(isBlockedKioskKey(input), JSON.stringify(input)).toBe(true);
    }
  });

  it('lets people type: letters, digits, editing keys and copy/paste', () => {
    for (const input of [
      key('а'),
      key('7'),
      key('Backspace'),
      key('Enter'),
      key('Tab'),
      key('c', { control: true }),
      key('v', { control: true }),
      key('a', { control: true }),
    ]) {
      expect(isBlockedKioskKey(input), JSON.stringify(input)).toBe(false);
    }
    expect(isBlockedKioskKey({ ...key('F5'), type: 'keyUp' })).toBe(false);
  });

  it('wipes storage and cache when a kiosk session ends', async () => {
    const session = { clearStorageData: vi.fn(async () => {}), clearCache: vi.fn(async () => {}) };
    await clearBrowsingTraces(session);
    expect(session.clearStorageData).toHaveBeenCalledOnce();
    expect(session.clearCache).toHaveBeenCalledOnce();
  });
});

describe('app lifecycle', () => {
  it('lets only one copy run, and focuses the window when a second one starts', () => {
    const second = Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => false });
    expect(claimSingleInstance(second as unknown as App, () => null)).toBe(false);

    const first = Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => true });
    const window = {
      isDestroyed: () => false,
      isMinimized: () => true,
      restore: vi.fn(),
      focus: vi.fn(),
    };
    expect(
      claimSingleInstance(first as unknown as App, () => window as unknown as BrowserWindow),
    ).toBe(true);
    first.emit('second-instance');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('quits when the window closes, holding the quit until the services have stopped', async () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    let finishStop: () => void = () => {};
    const stop = vi.fn(() => new Promise<void>((resolve) => (finishStop = resolve)));
    quitCleanly(app as unknown as App, stop, () => {});

    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();

    const first = { preventDefault: vi.fn() };
    app.emit('before-quit', first);
    const again = { preventDefault: vi.fn() };
    app.emit('before-quit', again);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(again.preventDefault).toHaveBeenCalledOnce();
    expect(stop).toHaveBeenCalledOnce();

    finishStop();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.quit).toHaveBeenCalledTimes(2);
    const last = { preventDefault: vi.fn() };
    app.emit('before-quit', last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });
});
