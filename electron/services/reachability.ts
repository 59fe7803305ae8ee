import type { SyncStatus } from '../../shared/contract/views.js';
import type { PushStatus } from './push-engine.js';

export interface Reachability {
  /** The pull engine's status as the screen should see it. */
  syncStatus(status: SyncStatus): void;
  /** The push engine's status: an unreachable central turns the indicator offline at once. */
  pushStatus(status: Pick<PushStatus, 'lastError'>): void;
  view(status: SyncStatus): SyncStatus;
}

/**
 * One "online" for the header: the pull engine only finds out on its next run (up to a minute
 * later), while a push that cannot reach the central service knows now. When a pull succeeds
 * again while the last push could not get through, the push is retried at once.
 */
export function createReachability(deps: {
  emit: (status: SyncStatus) => void;
  kickPush: () => void;
}): Reachability {
  let pushUnreachable = false;
  let last: SyncStatus | null = null;
  const view = (status: SyncStatus): SyncStatus =>
    pushUnreachable && status.online ? { ...status, online: false } : status;
  return {
    view,
    syncStatus(status) {
      last = status;
      if (pushUnreachable && status.online && !status.running && status.lastError === null) {
        deps.kickPush();
      }
      deps.emit(view(status));
    },
    pushStatus({ lastError }) {
      const unreachable = lastError === 'central_unreachable';
      if (unreachable === pushUnreachable) return;
      pushUnreachable = unreachable;
      if (last) deps.emit(view(last));
    },
  };
}
