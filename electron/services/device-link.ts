import type { Database } from 'better-sqlite3';

import { readSyncState } from '../../db/sync-state.js';
import type { SyncStatus } from '../../shared/contract/views.js';
import { type CentralClient, createCentralClient } from './central-client.js';
import type { DeviceConfig } from './device-config.js';
import type { Log } from './log.js';
import { createSyncEngine, type SyncEngine } from './sync-engine.js';
import type { PageLimits } from './sync-run.js';

export interface DeviceLinkDeps {
  db: Database;
  fetch: typeof fetch;
  clock: () => Date;
  log: Log;
  syncIntervalMs?: number;
  limits?: PageLimits;
  onStatus: (status: SyncStatus) => void;
}

/** The device's live connection to its central service: enrolment, client and sync engine. */
export interface DeviceLink {
  /** Connects with an enrolment and starts syncing (replacing any earlier connection). */
  connect(config: DeviceConfig, token: string, baseUrl: string): Promise<void>;
  disconnect(): Promise<void>;
  config(): DeviceConfig | null;
  client(): CentralClient | null;
  /** Where the connected central listens and the device's token (for other clients of it). */
  endpoint(): { baseUrl: string; deviceToken: string } | null;
  syncStatus(): SyncStatus;
  runSyncNow(): Promise<SyncStatus>;
}

export function createDeviceLink(deps: DeviceLinkDeps): DeviceLink {
  let current: {
    config: DeviceConfig;
    client: CentralClient;
    engine: SyncEngine;
    endpoint: { baseUrl: string; deviceToken: string };
  } | null = null;

  const idleStatus = (): SyncStatus => ({
    online: false,
    running: false,
    lastSyncAt: readSyncState(deps.db).lastSyncAt,
    progress: null,
    lastError: 'not_enrolled',
  });

  const disconnect = async () => {
    const previous = current;
    current = null;
    await previous?.engine.stop();
  };

  return {
    async connect(config, token, baseUrl) {
      await disconnect();
      const client = createCentralClient({ baseUrl, fetch: deps.fetch, deviceToken: token });
      const engine = createSyncEngine({
        db: deps.db,
        client,
        clock: deps.clock,
        log: deps.log,
        onStatus: deps.onStatus,
        personalData: config.profile === 'kiosk' ? 'drop' : 'keep',
        ...(deps.syncIntervalMs !== undefined ? { intervalMs: deps.syncIntervalMs } : {}),
        ...(deps.limits ? { limits: deps.limits } : {}),
      });
      current = { config, client, engine, endpoint: { baseUrl, deviceToken: token } };
      engine.start();
    },
    disconnect,
    config: () => current?.config ?? null,
    client: () => current?.client ?? null,
    endpoint: () => current?.endpoint ?? null,
    syncStatus: () => current?.engine.status() ?? idleStatus(),
    runSyncNow: () => current?.engine.runNow() ?? Promise.resolve(idleStatus()),
  };
}
