import { EventEmitter } from 'node:events';

import { describe, expect, it, vi } from 'vitest';

import {
  KIOSK_INSTALL_RETRY_MS,
  kioskMayInstallNow,
  startUpdater,
  UPDATE_CHECK_INTERVAL_MS,
  type UpdaterOptions,
} from '../../../electron/platform/updater.js';

class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: unknown = null;
  checkForUpdates = vi.fn(async () => null);
  quitAndInstall = vi.fn();
}

function setUp(profile: 'kiosk' | 'counter', state: { sessionActive: boolean; now: Date }) {
  const updater = new FakeUpdater();
  const intervals: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const running = startUpdater({
    updater: updater as unknown as UpdaterOptions['updater'],
    profile,
    isSessionActive: async () => state.sessionActive,
    clock: () => state.now,
    log: () => {},
    timers: {
      setInterval: (fn, ms) => {
        const handle = { fn, ms, cleared: false };
        intervals.push(handle);
        return handle;
      },
      clearInterval: (handle) => ((handle as { cleared: boolean }).cleared = true),
    },
  });
  return { updater, intervals, running };
}

const at = (hour: number) => new Date(2026, 2, 10, hour, 30);
const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('updater', () => {
  it('downloads in the background, installs on quit, and checks at start and every four hours', () => {
    const { updater, intervals } = setUp('counter', { sessionActive: false, now: at(12) });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.checkForUpdates).toHaveBeenCalledOnce();
    expect(intervals.map((i) => i.ms)).toEqual([UPDATE_CHECK_INTERVAL_MS]);
    intervals[0]!.fn();
    expect(updater.checkForUpdates).toHaveBeenCalledTimes(2);
  });

  it('never restarts a counter by itself', async () => {
    const { updater, running } = setUp('counter', { sessionActive: false, now: at(3) });
    updater.emit('update-downloaded', { version: '0.2.0' });
    running.sessionEnded();
    await flush();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('never interrupts a resident at a kiosk, even in the quiet hours', async () => {
    const state = { sessionActive: true, now: at(3) };
    const { updater, intervals } = setUp('kiosk', state);
    updater.emit('update-downloaded', { version: '0.2.0' });
    await flush();
    intervals.find((i) => i.ms === KIOSK_INSTALL_RETRY_MS)!.fn();
    await flush();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
  });

  it('restarts an idle kiosk in the quiet hours once the session ends', async () => {
    const state = { sessionActive: true, now: at(3) };
    const { updater, running } = setUp('kiosk', state);
    updater.emit('update-downloaded', { version: '0.2.0' });
    await flush();
    state.sessionActive = false;
    running.sessionEnded();
    await flush();
    expect(updater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
    running.sessionEnded();
    await flush();
    expect(updater.quitAndInstall).toHaveBeenCalledOnce();
  });

  it('waits for the quiet hours on an idle kiosk during the day', async () => {
    const state = { sessionActive: false, now: at(14) };
    const { updater, intervals } = setUp('kiosk', state);
    updater.emit('update-downloaded', { version: '0.2.0' });
    await flush();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    state.now = at(2);
    intervals.find((i) => i.ms === KIOSK_INSTALL_RETRY_MS)!.fn();
    await flush();
    expect(updater.quitAndInstall).toHaveBeenCalledOnce();
  });

  it('does nothing before an update is downloaded, and stops its timers', async () => {
    const { updater, intervals, running } = setUp('kiosk', { sessionActive: false, now: at(2) });
    running.sessionEnded();
    await flush();
    expect(updater.quitAndInstall).not.toHaveBeenCalled();
    running.stop();
    expect(intervals.every((i) => i.cleared)).toBe(true);
  });

  it('keeps a failed check from escaping', async () => {
    const updater = new FakeUpdater();
    updater.checkForUpdates.mockRejectedValueOnce(new Error('offline'));
    const logged: string[] = [];
    startUpdater({
      updater: updater as unknown as UpdaterOptions['updater'],
      profile: 'counter',
      isSessionActive: async () => false,
      clock: () => at(12),
      log: (_level, message) => logged.push(message),
      timers: { setInterval: () => null, clearInterval: () => {} },
    });
    await flush();
    expect(logged).toContain('update check failed');
  });

  it('allows a kiosk restart only between 01:00 and 05:00 with nobody signed in', () => {
    expect(kioskMayInstallNow(false, at(0))).toBe(false);
    expect(kioskMayInstallNow(false, at(1))).toBe(true);
    expect(kioskMayInstallNow(false, at(4))).toBe(true);
    expect(kioskMayInstallNow(false, at(5))).toBe(false);
    expect(kioskMayInstallNow(true, at(3))).toBe(false);
  });
});
