import { join } from 'node:path';

import type { Database } from 'better-sqlite3';

import { openCache } from '../../db/open-cache.js';
import { OUTBOX_FILE, openOutbox } from '../../db/outbox/open-outbox.js';
import { resetCache } from '../../db/sync-state.js';
import type { EventName, EventPayload } from '../../shared/contract/methods.js';
import { AppFailure, type Result } from '../../shared/contract/result.js';
import type { AppState } from '../../shared/contract/views.js';
import { createAccountsService } from './accounts.js';
import { createBillingServices } from './billing-services.js';
import { createDeviceConfigStore, type DeviceConfig } from './device-config.js';
import { createDeviceLink } from './device-link.js';
import { createDispatcher } from './dispatch.js';
import type { EmbeddedConnection } from './embedded.js';
import { enrol } from './enrolment.js';
import { createEventHub } from './events.js';
import { createHandlers } from './handlers.js';
import { createIdentityServices } from './identity/identity-services.js';
import { describeError, type Log, silentLog } from './log.js';
import type { ReadingEntry } from './outbox-service.js';
import type { PushStatus } from './push-engine.js';
import { type PushingLink, withPush } from './push-link.js';
import { createReachability } from './reachability.js';
import type { SecretStore } from './secret-store.js';
import { createSessionService } from './session.js';
import { createSettingsService } from './settings/settings.js';
import { settingsClientOf } from './settings/settings-client.js';
import { connectAtStart } from './start-connection.js';

export { mainOptionsFromEnv } from './env-options.js';

export const CACHE_FILE = 'cache.sqlite3';

export interface MainServicesOptions {
  userDataDir: string;
  secretStore: SecretStore;
  appVersion: string;
  deviceName: string;
  clock?: () => Date;
  fetch?: typeof fetch;
  /** The central service; absent → the embedded default (in-process central on PGlite). */
  centralUrl?: string;
  /** Embedded default's enrolment: defaults kiosk, orenburg, 300 demo accounts. */
  embedded?: { profile?: 'kiosk' | 'counter'; regionCode?: string; demoAccounts?: number };
  syncIntervalMs?: number;
  /** Kiosk inactivity: default 90 s, then a 20 s warning. */
  kioskIdle?: { idleSeconds: number; warningSeconds: number };
  log?: (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;
}

export interface MainServices {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: <E extends EventName>(event: E, payload: EventPayload<E>) => void): () => void;
  /** Opens the cache (corrupt → rebuilt, see app.getState().cacheRebuilt), the embedded central if needed, starts sync. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Queues a meter reading in the outbox (online or offline) and kicks a push; see outbox-service.ts. */
  enqueueReading(entry: ReadingEntry): { id: string; seq: number; enteredAt: string };
}

/**
 * Everything the main process offers the renderer, as plain Node: the platform registers
 * `dispatch` on IPC and forwards `onEvent`; the preview bridge does the same over HTTP.
 * With the central service down, start() still succeeds and the app works on its cache.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const clock = options.clock ?? (() => new Date());
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const log: Log = options.log ?? silentLog;
  const hub = createEventHub(log);
  const configStore = createDeviceConfigStore(options.userDataDir, options.secretStore);
  const kioskIdle = options.kioskIdle ?? { idleSeconds: 90, warningSeconds: 20 };
  let db: Database | null = null;
  let link: PushingLink | null = null;
  let outbox: Database | null = null;
  let embedded: EmbeddedConnection | null = null;
  let cacheRebuilt = false;
  let phase: 'new' | 'started' | 'stopped' = 'new';

  const session = createSessionService({
    client: () => link?.client() ?? null,
    clock,
    onEnded: (reason) => hub.emit('session.ended', { reason }),
    log,
  });
  const accounts = createAccountsService({
    db: () => db,
    session,
    client: () => link?.client() ?? null,
    clock,
  });

  const reachability = createReachability({
    emit: (status) => hub.emit('sync.status', status),
    kickPush: () => link?.kickPush(),
  });
  const { readingQueue, ...billing } = createBillingServices({
    db: () => db,
    outbox: () => outbox,
    link: () => link,
    session,
    clock,
    emit: (event, payload) => hub.emit(event, payload),
  });

  const appState = (): AppState => {
    const config: DeviceConfig | null = link?.config() ?? null;
    return {
      version: options.appVersion,
      enrolled: config !== null,
      embedded: config?.embedded === true && embedded !== null,
      profile: config?.profile ?? null,
      region: config
        ? { code: config.region.code, name: config.region.name, timeZone: config.region.timeZone }
        : null,
      cacheRebuilt,
      kioskIdle,
      sandbox: embedded?.sandbox === true,
    };
  };

  async function enrolDevice(centralUrl: string, code: string): Promise<void> {
    if (!db || !link) throw new AppFailure('internal', 'services not started');
    const deps = { configStore, fetch: fetchImpl, deviceName: options.deviceName, clock };
    const config = await enrol(deps, centralUrl, code);
    const token = await configStore.token();
    await settleWithin(session.signOut(), 2000);
    await link.disconnect();
    // A new enrolment is a new scope (central, region, profile): nothing of the old one stays.
    resetCache(db);
    if (embedded) await embedded.close();
    embedded = null;
    if (token && config.centralUrl) await link.connect(config, token, config.centralUrl);
    log('info', 'device enrolled', {
      deviceId: config.deviceId,
      profile: config.profile,
      region: config.region.code,
    });
  }

  const handlers = createHandlers({
    appState,
    enrolDevice,
    session,
    accounts,
    ...billing,
    identity: createIdentityServices({
      endpoint: () => link?.endpoint() ?? null,
      fetch: fetchImpl,
      log,
    }),
    settings: createSettingsService({
      session,
      client: settingsClientOf(() => link?.endpoint() ?? null, fetchImpl),
      log,
    }),
    syncStatus: () => (link ? reachability.view(link.syncStatus()) : notStartedStatus),
    runSyncNow: () => (link ? link.runSyncNow() : Promise.resolve(notStartedStatus)),
  });

  return {
    dispatch: createDispatcher(handlers, log),
    onEvent: (listener) => hub.on(listener),
    async start() {
      if (phase !== 'new') return;
      phase = 'started';
      const opened = openCache(join(options.userDataDir, CACHE_FILE), {
        now: clock,
        onTooNew: 'rebuild',
      });
      if (opened.rebuilt)
        log('warn', 'the cache was unusable; moved aside and rebuilding', {
          movedTo: opened.movedTo,
        });
      db = opened.db;
      cacheRebuilt = opened.rebuilt;
      outbox = openOutbox(join(options.userDataDir, OUTBOX_FILE));
      const pushDeps = {
        outbox,
        fetch: fetchImpl,
        clock,
        log,
        onStatus: (status: PushStatus) => {
          reachability.pushStatus(status);
          readingQueue.pushStatus(status);
        },
      };
      link = withPush(
        createDeviceLink({
          db,
          fetch: fetchImpl,
          clock,
          log,
          ...(options.syncIntervalMs !== undefined
            ? { syncIntervalMs: options.syncIntervalMs }
            : {}),
          onStatus: (status) => reachability.syncStatus(status),
        }),
        options.syncIntervalMs !== undefined
          ? { ...pushDeps, intervalMs: options.syncIntervalMs }
          : pushDeps,
      );
      embedded = await connectAtStart({
        options,
        configStore,
        cache: db,
        link,
        fetch: fetchImpl,
        clock,
        log,
      });
    },
    async stop() {
      if (phase !== 'started') {
        phase = 'stopped';
        return;
      }
      phase = 'stopped';
      await settleWithin(session.signOut(), 2000);
      await link?.disconnect();
      link = null;
      await embedded
        ?.close()
        .catch((error: unknown) =>
          log('warn', 'embedded central close failed', describeError(error)),
        );
      embedded = null;
      db?.close();
      db = null;
      outbox?.close();
      outbox = null;
    },
    enqueueReading: (entry: ReadingEntry) => readingQueue.enqueue(entry),
  };
}

const notStartedStatus = {
  online: false,
  running: false,
  lastSyncAt: null,
  progress: null,
  lastError: 'not_enrolled',
};

/** Waits for `work` at most `ms` (a central sign-out must not hold up quitting). */
function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    work.then(
      () => (clearTimeout(timer), resolve()),
      () => (clearTimeout(timer), resolve()),
    );
  });
}
