import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { profileSchema } from '../../shared/contract/views.js';
import type { SecretStore } from './secret-store.js';

/** The key of the device's credential for the central service in the SecretStore. */
export const DEVICE_TOKEN_KEY = 'device-token';
export const DEVICE_CONFIG_FILE = 'device.json';

export const deviceConfigSchema = z.object({
  /** The central service's base URL; null for the embedded central, whose port changes per start. */
  centralUrl: z.url({ protocol: /^https?$/ }).nullable(),
  embedded: z.boolean(),
  deviceId: z.number().int(),
  profile: profileSchema,
  region: z.object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    timeZone: z.string(),
  }),
  enrolledAt: z.string(),
});
export type DeviceConfig = z.infer<typeof deviceConfigSchema>;

export interface DeviceConfigStore {
  /** The saved enrolment, or null when the device is not enrolled (or the file is unreadable). */
  load(): DeviceConfig | null;
  /** The device token from the SecretStore. */
  token(): Promise<string | null>;
  /** Saves an enrolment: the token into the SecretStore first, then the config file atomically. */
  save(config: DeviceConfig, token: string): Promise<void>;
  /** Forgets the enrolment. */
  clear(): Promise<void>;
}

/**
 * Device enrolment kept in `<userDataDir>/device.json` (nothing secret) with the device token
 * in the SecretStore under 'device-token'.
 */
export function createDeviceConfigStore(
  userDataDir: string,
  secrets: SecretStore,
): DeviceConfigStore {
  const path = join(userDataDir, DEVICE_CONFIG_FILE);
  return {
    load() {
      if (!existsSync(path)) return null;
      try {
        const parsed = deviceConfigSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    token: () => secrets.get(DEVICE_TOKEN_KEY),
    async save(config, token) {
      await secrets.set(DEVICE_TOKEN_KEY, token);
      mkdirSync(userDataDir, { recursive: true });
      const tmp = `${path}.tmp`;
      writeFileSync(tmp, JSON.stringify(deviceConfigSchema.parse(config), null, 2));
      renameSync(tmp, path);
    },
    async clear() {
      rmSync(path, { force: true });
      await secrets.delete(DEVICE_TOKEN_KEY);
    },
  };
}
