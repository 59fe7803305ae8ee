import type { MainServicesOptions } from './main-services.js';

const positiveInt = (value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/**
 * Options from the environment (preview, e2e and administrators' overrides):
 * KABINET_CENTRAL_URL, KABINET_PROFILE (kiosk|counter), KABINET_REGION (region code),
 * KABINET_DEMO_ACCOUNTS, KABINET_SYNC_INTERVAL_MS, KABINET_KIOSK_IDLE_SECONDS.
 * Malformed values are ignored (the defaults apply).
 */
export function mainOptionsFromEnv(env: NodeJS.ProcessEnv): Partial<MainServicesOptions> {
  const options: Partial<MainServicesOptions> = {};
  const url = env.KABINET_CENTRAL_URL?.trim();
  if (url && /^https?:\/\/\S+$/.test(url)) options.centralUrl = url;
  const embedded: NonNullable<MainServicesOptions['embedded']> = {};
  const profile = env.KABINET_PROFILE?.trim();
  if (profile === 'kiosk' || profile === 'counter') embedded.profile = profile;
  const region = env.KABINET_REGION?.trim();
  if (region && /^[a-z0-9_-]{1,40}$/i.test(region)) embedded.regionCode = region;
  const demoAccounts = positiveInt(env.KABINET_DEMO_ACCOUNTS);
  if (demoAccounts !== undefined) embedded.demoAccounts = demoAccounts;
  if (Object.keys(embedded).length > 0) options.embedded = embedded;
  const interval = positiveInt(env.KABINET_SYNC_INTERVAL_MS);
  if (interval !== undefined) options.syncIntervalMs = interval;
  const idle = positiveInt(env.KABINET_KIOSK_IDLE_SECONDS);
  if (idle !== undefined) {
    options.kioskIdle = {
      idleSeconds: idle,
      warningSeconds: Math.min(20, Math.max(5, Math.floor(idle / 3))),
    };
  }
  return options;
}
