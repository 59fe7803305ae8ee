import type { Database } from 'better-sqlite3';

import { resetCache } from '../../db/sync-state.js';
import type { DeviceConfigStore } from './device-config.js';
import type { DeviceLink } from './device-link.js';
import { connectEmbedded, type EmbeddedConnection } from './embedded.js';
import { describeError, type Log } from './log.js';
import type { MainServicesOptions } from './main-services.js';

export interface StartConnectionDeps {
  options: Pick<MainServicesOptions, 'centralUrl' | 'embedded' | 'userDataDir' | 'deviceName'>;
  configStore: DeviceConfigStore;
  cache: Database;
  link: DeviceLink;
  fetch: typeof fetch;
  clock: () => Date;
  log: Log;
}

const sameUrl = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '');

/**
 * Connects the device at start: to the configured central service if the saved enrolment is
 * for it; to the central an administrator enrolled it with when none is configured; otherwise
 * to the embedded default, started here (returned so that stop() can close it). An embedded
 * central that fails to start is logged and leaves the app unenrolled, never failing start().
 */
export async function connectAtStart(
  deps: StartConnectionDeps,
): Promise<EmbeddedConnection | null> {
  const { options, configStore, link, log } = deps;
  const config = configStore.load();
  const token = await configStore.token();
  const saved =
    config && token && !config.embedded && config.centralUrl
      ? { config, token, url: config.centralUrl }
      : null;
  if (options.centralUrl) {
    if (saved && sameUrl(saved.url, options.centralUrl))
      await link.connect(saved.config, saved.token, saved.url);
    return null;
  }
  if (saved) {
    await link.connect(saved.config, saved.token, saved.url);
    return null;
  }
  try {
    const embedded = await connectEmbedded({
      userDataDir: options.userDataDir,
      profile: options.embedded?.profile ?? 'kiosk',
      regionCode: options.embedded?.regionCode ?? 'orenburg',
      demoAccounts: options.embedded?.demoAccounts ?? 300,
      configStore,
      deviceName: options.deviceName,
      fetch: deps.fetch,
      clock: deps.clock,
      log,
    });
    if (embedded.enrolled) resetCache(deps.cache);
    await link.connect(embedded.config, embedded.token, embedded.url);
    return embedded;
  } catch (error) {
    log('error', 'the embedded central service did not start', describeError(error));
    return null;
  }
}
