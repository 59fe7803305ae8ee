import { describe, expect, it } from 'vitest';

import type { SyncStatus } from '../../../shared/contract/views.js';
import { createReachability } from '../../../electron/services/reachability.js';

const synced: SyncStatus = {
  online: true,
  running: false,
  lastSyncAt: '2026-11-24T10:00:00.000Z',
  progress: null,
  lastError: null,
};

function harness() {
  const emitted: SyncStatus[] = [];
  let kicks = 0;
  const reachability = createReachability({
    emit: (status) => emitted.push(status),
    kickPush: () => (kicks += 1),
  });
  return { reachability, emitted, kicks: () => kicks };
}

describe('reachability', () => {
  it('turns the indicator offline as soon as a push cannot reach the central service', () => {
    const { reachability, emitted } = harness();
    reachability.syncStatus(synced);
    reachability.pushStatus({ lastError: 'central_unreachable' });
    expect(emitted.map((s) => s.online)).toEqual([true, false]);
    expect(reachability.view(synced).online).toBe(false);
  });

  it('says nothing new for repeated push statuses of the same kind', () => {
    const { reachability, emitted } = harness();
    reachability.syncStatus(synced);
    reachability.pushStatus({ lastError: null });
    reachability.pushStatus({ lastError: 'central_unreachable' });
    reachability.pushStatus({ lastError: 'central_unreachable' });
    expect(emitted).toHaveLength(2);
  });

  it('retries the push when a pull gets through again, and is online once the push does', () => {
    const { reachability, emitted, kicks } = harness();
    reachability.pushStatus({ lastError: 'central_unreachable' });
    reachability.syncStatus(synced);
    expect(kicks()).toBe(1);
    expect(emitted.at(-1)?.online).toBe(false);
    reachability.pushStatus({ lastError: null });
    expect(emitted.at(-1)?.online).toBe(true);
  });

  it('leaves other push failures (e.g. a rejected answer) to the pull engine', () => {
    const { reachability } = harness();
    reachability.pushStatus({ lastError: 'central_error' });
    expect(reachability.view(synced).online).toBe(true);
  });
});
