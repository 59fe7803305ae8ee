import type { Database } from 'better-sqlite3';

import type { DeviceLink } from './device-link.js';
import type { Log } from './log.js';
import { createPushClient } from './push-client.js';
import { createPushEngine, type PushEngine, type PushStatus } from './push-engine.js';

export interface PushLinkDeps {
  outbox: Database;
  fetch: typeof fetch;
  clock: () => Date;
  log: Log;
  intervalMs?: number;
  onStatus?: (status: PushStatus) => void;
}

/** A DeviceLink that also runs the push engine of the current enrolment. */
export interface PushingLink extends DeviceLink {
  /** Pushes now if connected (after a reading was queued). */
  kickPush(): void;
  pushStatus(): PushStatus | null;
}

/**
 * Wraps the device link: connect() also starts a push engine for that enrolment (device, token,
 * central URL), disconnect() stops it, so pushing follows enrolment changes without its own wiring.
 */
export function withPush(link: DeviceLink, deps: PushLinkDeps): PushingLink {
  let engine: PushEngine | null = null;
  const stopEngine = async () => {
    const previous = engine;
    engine = null;
    await previous?.stop();
  };
  return {
    ...link,
    async connect(config, token, baseUrl) {
      await stopEngine();
      await link.connect(config, token, baseUrl);
      engine = createPushEngine({
        db: deps.outbox,
        client: createPushClient({ baseUrl, fetch: deps.fetch, deviceToken: token }),
        clock: deps.clock,
        deviceId: config.deviceId,
        log: deps.log,
        ...(deps.intervalMs !== undefined ? { intervalMs: deps.intervalMs } : {}),
        ...(deps.onStatus ? { onStatus: deps.onStatus } : {}),
      });
      engine.start();
    },
    async disconnect() {
      await stopEngine();
      await link.disconnect();
    },
    kickPush: () => void engine?.kick(),
    pushStatus: () => engine?.status() ?? null,
  };
}
