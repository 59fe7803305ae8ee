import type { Session } from 'electron';

import type { Log } from './log.js';

/**
 * The app needs no browser permission (camera, geolocation, notifications, clipboard-read…):
 * every request is refused and every check answers "no".
 */
export function denyAllPermissions(session: Session, log: Log): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log('warn', 'permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
