import { describe, expect, it } from 'vitest';

import { mainOptionsFromEnv } from '../../../electron/services/main-services.js';

describe('mainOptionsFromEnv', () => {
  it('is empty for an empty environment', () => {
    expect(mainOptionsFromEnv({})).toEqual({});
  });

  it('reads every variable', () => {
    expect(
      mainOptionsFromEnv({
        KABINET_CENTRAL_URL: 'https://erc.example.ru',
        KABINET_PROFILE: 'counter',
        KABINET_REGION: 'samara',
        KABINET_DEMO_ACCOUNTS: '1000',
        KABINET_SYNC_INTERVAL_MS: '5000',
        KABINET_KIOSK_IDLE_SECONDS: '30',
      }),
    ).toEqual({
      centralUrl: 'https://erc.example.ru',
      embedded: { profile: 'counter', regionCode: 'samara', demoAccounts: 1000 },
      syncIntervalMs: 5000,
      kioskIdle: { idleSeconds: 30, warningSeconds: 10 },
    });
  });

  it('ignores malformed values, so the defaults apply', () => {
    expect(
      mainOptionsFromEnv({
        KABINET_CENTRAL_URL: 'ftp://nope',
        KABINET_PROFILE: 'admin',
        KABINET_REGION: 'a b',
        KABINET_DEMO_ACCOUNTS: '-5',
        KABINET_SYNC_INTERVAL_MS: 'soon',
        KABINET_KIOSK_IDLE_SECONDS: '1.5',
      }),
    ).toEqual({});
  });
});
