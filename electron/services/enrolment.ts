import { type CentralClient, createCentralClient } from './central-client.js';
import type { DeviceConfig, DeviceConfigStore } from './device-config.js';

export interface EnrolDeps {
  configStore: DeviceConfigStore;
  fetch: typeof fetch;
  deviceName: string;
  clock: () => Date;
  /** For tests and the embedded central: build the client another way. */
  clientFor?: (centralUrl: string) => Pick<CentralClient, 'enrol'>;
}

/**
 * Enrols this device with a central service using a one-time code, then saves the
 * enrolment (config file) and the device token (SecretStore). Fails with
 * enrolment_code_invalid / _used / _expired or central_unreachable (as AppFailure codes).
 * `embedded` marks the in-process central, whose URL is only known at run time.
 */
export async function enrol(
  deps: EnrolDeps,
  centralUrl: string,
  code: string,
  options: { embedded?: boolean } = {},
): Promise<DeviceConfig> {
  const client =
    deps.clientFor?.(centralUrl) ?? createCentralClient({ baseUrl: centralUrl, fetch: deps.fetch });
  const answer = await client.enrol(code.trim(), deps.deviceName);
  const embedded = options.embedded ?? false;
  const config: DeviceConfig = {
    centralUrl: embedded ? null : centralUrl.replace(/\/+$/, ''),
    embedded,
    deviceId: answer.deviceId,
    profile: answer.profile,
    region: answer.region,
    enrolledAt: deps.clock().toISOString(),
  };
  await deps.configStore.save(config, answer.deviceToken);
  return config;
}
