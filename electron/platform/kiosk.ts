import type { Input, Session, WebContents } from 'electron';

type Key = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/**
 * Keys a kiosk visitor must not use: reload (it would drop what a resident typed), zoom, print
 * preview, find, developer tools, close. A touch kiosk rarely has a keyboard, but a stranger
 * may plug one in.
 */
export function isBlockedKioskKey(input: Key): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  if (['f5', 'f11', 'f12', 'browserback', 'browserforward', 'browserrefresh'].includes(key)) {
    return true;
  }
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright')) return true;
  if (input.control || input.meta) {
    return [
      'r',
      'w',
      'q',
      'p',
      'f',
      'g',
      'n',
      't',
      'o',
      's',
      'u',
      '+',
      '-',
      '=',
      '0',
      'i',
      'j',
    ].includes(key);
  }
  return false;
}

/** Swallows blocked keys before the page sees them and pins zoom at 100 %. */
export function guardKioskInput(contents: WebContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedKioskKey(input)) event.preventDefault();
  });
  void contents.setVisualZoomLevelLimits(1, 1);
}

/**
 * Nothing of a resident's may stay on a kiosk: when a session ends (and at start, after a crash)
 * the window's cookies, storage and HTTP cache are wiped.
 */
export async function clearBrowsingTraces(
  session: Pick<Session, 'clearStorageData' | 'clearCache'>,
) {
  await session.clearStorageData();
  await session.clearCache();
}
