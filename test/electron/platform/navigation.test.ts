import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

import { isAppUrl } from '../../../electron/platform/app-url.js';
import { isAllowedExternalUrl } from '../../../electron/platform/external-links.js';
import {
  navigationListener,
  windowOpenHandler,
} from '../../../electron/platform/navigation-guard.js';

const appUrl = 'file:///opt/Kabinet/resources/app.asar/dist/renderer/index.html';
const allowed = ['ercprogress.ru', 'www.ercprogress.ru'];
const log = () => {};

function navigate(url: string): boolean {
  const event = { preventDefault: vi.fn() };
  navigationListener(appUrl, log)(event, url);
  return event.preventDefault.mock.calls.length === 0;
}

function openWindow(url: string) {
  const openExternal = vi.fn(async (_url: string) => {});
  const response = windowOpenHandler({ appUrl, allowedExternalHosts: allowed, openExternal, log })({
    url,
  });
  return { response, opened: openExternal.mock.calls.map(([u]) => u) };
}

describe('navigation', () => {
  it('lets the app page reload, with any route in its hash', () => {
    expect(navigate(appUrl)).toBe(true);
    expect(navigate(`${appUrl}#/accounts/12`)).toBe(true);
  });

  it('denies every other destination', () => {
    for (const url of [
      'https://ercprogress.ru/',
      'http://127.0.0.1:8080/',
      'file:///opt/Kabinet/resources/app.asar/dist/renderer/other.html',
      'file:///etc/passwd',
      'file://evil-host/opt/Kabinet/resources/app.asar/dist/renderer/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'not a url',
    ]) {
      expect(navigate(url), url).toBe(false);
    }
  });

  it('denies any generated URL that is not the app page', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (url) => {
        expect(navigate(url)).toBe(isAppUrl(url, appUrl));
      }),
    );
  });
});

describe('window.open', () => {
  it('never creates a window, and opens allowed http(s) links in the system browser', () => {
    expect(openWindow('https://ercprogress.ru/contacts')).toEqual({
      response: { action: 'deny' },
      opened: ['https://ercprogress.ru/contacts'],
    });
    expect(openWindow('http://www.ercprogress.ru/')).toEqual({
      response: { action: 'deny' },
      opened: ['http://www.ercprogress.ru/'],
    });
  });

  it('drops other hosts, credentials in URLs, and every non-http scheme', () => {
    for (const url of [
      'https://evil.example/',
      'https://ercprogress.ru.evil.example/',
      'https://user:pw@ercprogress.ru/',
      'file:///C:/Windows/System32/cmd.exe',
      'javascript:alert(1)',
      'ms-settings:privacy',
      'smb://ercprogress.ru/share',
      appUrl,
    ]) {
      expect(openWindow(url), url).toEqual({ response: { action: 'deny' }, opened: [] });
    }
  });

  it('opens a generated URL externally only when it is allowed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.webUrl({ validSchemes: ['file', 'ftp', 'javascript'] }),
          fc.string(),
        ),
        (url) => {
          const { response, opened } = openWindow(url);
          expect(response).toEqual({ action: 'deny' });
          expect(opened).toEqual(isAllowedExternalUrl(url, allowed) ? [url] : []);
          for (const u of opened) expect(new URL(u).protocol).toMatch(/^https?:$/);
        },
      ),
    );
  });
});
