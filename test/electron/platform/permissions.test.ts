import { EventEmitter } from 'node:events';

import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { denyAllPermissions } from '../../../electron/platform/permissions.js';
import { guardAllWebContents } from '../../../electron/platform/web-contents-guard.js';

describe('permissions', () => {
  it('refuses every permission request and answers every check with no', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      setDevicePermissionHandler: (h: never) => (handlers.device = h),
    } as unknown as Session;
    denyAllPermissions(session, () => {});

    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'fullscreen',
      'openExternal',
      'hid',
      'serial',
      'usb',
    ];
    for (const permission of permissions) {
      const callback = vi.fn();
      (handlers.request as unknown as (c: unknown, p: string, cb: (g: boolean) => void) => void)(
        {},
        permission,
        callback,
      );
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(
        (handlers.check as unknown as (c: unknown, p: string) => boolean)({}, permission),
      ).toBe(false);
    }
    expect((handlers.device as unknown as () => boolean)()).toBe(false);
  });
});

describe('every web contents', () => {
  function createdContents() {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App, () => {});
    const contents = Object.assign(new EventEmitter(), {
      openHandler: null as null | ((details: { url: string }) => unknown),
      setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
        this.openHandler = handler;
      },
    });
    app.emit('web-contents-created', {}, contents as unknown as WebContents);
    return contents;
  }

  it('may not attach a <webview>', () => {
    const contents = createdContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('may not open a window, whatever the URL', () => {
    const contents = createdContents();
    for (const url of ['https://ercprogress.ru/', 'file:///etc/passwd', 'about:blank']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });
});
