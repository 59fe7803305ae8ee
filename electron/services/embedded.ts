import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { DeviceProfile } from '../../shared/contract/views.js';
import { isCentralEmpty, seedDemoData } from '../../server/demo/seed.js';
import { startCentralService } from '../../server/start.js';
import type { DeviceConfig, DeviceConfigStore } from './device-config.js';
import { enrol } from './enrolment.js';
import type { Log } from './log.js';

export interface EmbeddedOptions {
  userDataDir: string;
  profile: DeviceProfile;
  regionCode: string;
  /** Demo accounts seeded into an empty embedded central. */
  demoAccounts: number;
  configStore: DeviceConfigStore;
  deviceName: string;
  fetch: typeof fetch;
  clock: () => Date;
  log: Log;
}

export interface EmbeddedConnection {
  /** Where the in-process central listens (127.0.0.1, a new port per start). */
  url: string;
  config: DeviceConfig;
  token: string;
  /** True when this start enrolled the device anew: the cache must be emptied. */
  enrolled: boolean;
  /** Its mail or SMS goes to the delivery sandbox (always, unless configured otherwise). */
  sandbox: boolean;
  close(): Promise<void>;
}

/** True when the saved enrolment is for this embedded central, profile and region. */
function enrolmentFits(
  config: DeviceConfig | null,
  token: string | null,
  options: EmbeddedOptions,
  freshCentral: boolean,
): config is DeviceConfig {
  return (
    !freshCentral &&
    token !== null &&
    config !== null &&
    config.embedded &&
    config.profile === options.profile &&
    config.region.code === options.regionCode
  );
}

/**
 * The embedded default: starts the central service in-process on PGlite in
 * `<userDataDir>/central` (port 0), seeds demo data when it is empty, and enrols this device
 * with it unless it is already enrolled there with the wanted profile and region.
 */
export async function connectEmbedded(options: EmbeddedOptions): Promise<EmbeddedConnection> {
  const pgliteDir = join(options.userDataDir, 'central');
  const freshCentral = !existsSync(join(pgliteDir, 'PG_VERSION'));
  const running = await startCentralService({
    pgliteDir,
    host: '127.0.0.1',
    port: 0,
    logLevel: false,
  });
  try {
    if (await isCentralEmpty(running.central)) {
      options.log('info', 'seeding the embedded central service with demo data', {
        accounts: options.demoAccounts,
      });
      await seedDemoData(running.central, { accounts: options.demoAccounts });
    }
    let config = options.configStore.load();
    let token = await options.configStore.token();
    const enrolled = !enrolmentFits(config, token, options, freshCentral);
    if (enrolled) {
      const { code } = await running.issueEnrolmentCode(options.profile, options.regionCode);
      config = await enrol(options, running.url, code, { embedded: true });
      token = await options.configStore.token();
    }
    if (!config || !token) throw new Error('embedded enrolment left no configuration');
    return {
      url: running.url,
      config,
      token,
      enrolled,
      sandbox: running.app.kabinet.delivery.sandboxActive,
      close: () => running.close(),
    };
  } catch (error) {
    await running.close();
    throw error;
  }
}
