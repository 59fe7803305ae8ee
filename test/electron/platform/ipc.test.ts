import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { forwardEvents, registerIpc } from '../../../electron/platform/ipc.js';
import { createMainServices, type MainServices } from '../../../electron/services/main-services.js';
import { createFileSecretStore } from '../../../electron/services/secret-store.js';
import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  methodNames,
  methods,
  type Result,
} from '../../../shared/contract/index.js';

const appUrl = 'file:///opt/Kabinet/resources/app.asar/dist/renderer/index.html';

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<Result<unknown>>;

function fakeWindow() {
  const mainFrame = { url: `${appUrl}#/login`, processId: 4, routingId: 1 };
  return {
    mainFrame,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    send: vi.fn(),
  };
}

function register(services: Pick<MainServices, 'dispatch'>, window: ReturnType<typeof fakeWindow>) {
  let handler: Handler | null = null;
  const ipcMain = {
    handle: (channel: string, h: Handler) => {
      expect(channel).toBe(IPC_INVOKE_CHANNEL);
      handler = h;
    },
    removeHandler: vi.fn(),
  } as unknown as IpcMain;
  registerIpc(ipcMain, {
    services,
    mainContents: () => window as unknown as WebContents,
    appUrl,
    log: () => {},
  });
  if (handler === null) throw new Error('no handler registered');
  return handler as Handler;
}

const fromMainFrame = (window: ReturnType<typeof fakeWindow>) =>
  ({ sender: window, senderFrame: window.mainFrame }) as unknown as IpcMainInvokeEvent;

describe('IPC sender check', () => {
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'reached' }));

  it('passes a call from the main window top frame on the app page to dispatch', async () => {
    const window = fakeWindow();
    const handle = register({ dispatch }, window);
    await expect(handle(fromMainFrame(window), 'app.getState', {})).resolves.toEqual({
      ok: true,
      value: 'reached',
    });
    expect(dispatch).toHaveBeenCalledWith('app.getState', {});
  });

  it.each([
    [
      'a subframe',
      (w: ReturnType<typeof fakeWindow>) => ({
        sender: w,
        senderFrame: { url: appUrl, processId: 4, routingId: 7 },
      }),
    ],
    [
      'another window',
      (w: ReturnType<typeof fakeWindow>) => ({ sender: fakeWindow(), senderFrame: w.mainFrame }),
    ],
    [
      'a frame that navigated away',
      (w: ReturnType<typeof fakeWindow>) => ({
        sender: w,
        senderFrame: { ...w.mainFrame, url: 'https://evil.example/' },
      }),
    ],
    [
      'a frame on another file',
      (w: ReturnType<typeof fakeWindow>) => ({
        sender: w,
        senderFrame: { ...w.mainFrame, url: 'file:///tmp/evil.html' },
      }),
    ],
    ['a destroyed frame', (w: ReturnType<typeof fakeWindow>) => ({ sender: w, senderFrame: null })],
  ])('refuses %s with forbidden_sender, never reaching dispatch', async (_name, makeEvent) => {
    dispatch.mockClear();
    const window = fakeWindow();
    const handle = register({ dispatch }, window);
    const result = await handle(makeEvent(window), 'session.signIn', {
      login: 'demo',
      password: 'x',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden_sender', messageKey: 'errors.forbidden_sender' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses every call once the window is destroyed', async () => {
    dispatch.mockClear();
    const window = fakeWindow();
    const handle = register({ dispatch }, window);
    window.destroyed = true;
    const result = await handle(fromMainFrame(window), 'app.getState', {});
    expect(result.ok === false && result.error.code).toBe('forbidden_sender');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers a non-string method with invalid_input', async () => {
    dispatch.mockClear();
    const window = fakeWindow();
    const handle = register({ dispatch }, window);
    for (const method of [undefined, null, 42, {}, ['app.getState'], Symbol.for('x')]) {
      const result = await handle(fromMainFrame(window), method, {});
      expect(result.ok === false && result.error.code).toBe('invalid_input');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a dispatcher that throws into an internal error value', async () => {
    const window = fakeWindow();
    const handle = register({ dispatch: async () => Promise.reject(new Error('boom')) }, window);
    const result = await handle(fromMainFrame(window), 'app.getState', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal' },
    });
  });
});

describe('IPC with the real services', () => {
  let dir: string;
  let services: MainServices;
  let handle: Handler;
  let window: ReturnType<typeof fakeWindow>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kabinet-ipc-'));
    services = await createMainServices({
      userDataDir: dir,
      secretStore: createFileSecretStore(join(dir, 'secrets.json')),
      appVersion: '0.0.0-test',
      deviceName: 'ipc-test',
      // An address nothing listens on: the device stays unenrolled and offline.
      centralUrl: 'http://127.0.0.1:9',
    });
    await services.start();
    window = fakeWindow();
    handle = register(services, window);
  });

  afterAll(async () => {
    await services.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a well-formed call end to end', async () => {
    const result = await handle(fromMainFrame(window), 'app.getState', {});
    expect(result.ok).toBe(true);
  });

  it('answers an unknown method with unknown_method', async () => {
    const result = await handle(fromMainFrame(window), 'fs.readFile', { path: '/etc/passwd' });
    expect(result.ok === false && result.error.code).toBe('unknown_method');
  });

  it.each(methodNames)(
    '%s: malformed input always comes back as an invalid_input value',
    async (method) => {
      const schema = methods[method].input;
      await fc.assert(
        fc.asyncProperty(
          fc
            .anything({ withNullPrototype: true, withObjectString: true })
            .filter((input) => !schema.safeParse(input).success),
          async (input) => {
            const result = await handle(fromMainFrame(window), method, input);
            expect(result).toEqual({
              ok: false,
              error: { code: 'invalid_input', messageKey: 'errors.invalid_input' },
            });
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});

describe('event forwarding', () => {
  it('sends every service event to the main window, and nothing once it is gone', () => {
    let emit: (name: string, payload: unknown) => void = () => {};
    const services = {
      onEvent: (listener: (name: string, payload: unknown) => void) => {
        emit = listener;
        return () => {};
      },
    };
    const window = fakeWindow();
    forwardEvents(services as never, () => window as unknown as WebContents);
    emit('session.ended', { reason: 'expired' });
    expect(window.send).toHaveBeenCalledExactlyOnceWith(IPC_EVENT_CHANNEL, 'session.ended', {
      reason: 'expired',
    });
    window.destroyed = true;
    emit('session.ended', { reason: 'signed_out' });
    expect(window.send).toHaveBeenCalledOnce();
  });
});
