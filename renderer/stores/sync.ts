// The device's synchronisation status, kept current by the main process's `sync.status` events.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

import type { SyncStatus } from '../../shared/contract/views.js';
import { call, onEvent } from '../api/client.js';

export const useSyncStore = defineStore('sync', () => {
  const status = ref<SyncStatus | null>(null);
  let unsubscribe: (() => void) | null = null;
  let eventsSeen = 0;

  const known = computed(() => status.value !== null);
  const online = computed(() => status.value?.online ?? false);
  const lastSyncAt = computed(() => status.value?.lastSyncAt ?? null);
  const progress = computed(() => status.value?.progress ?? null);

  /** Subscribes to status events and reads the current status once. Safe to call twice. */
  async function start(): Promise<void> {
    if (unsubscribe) return;
    unsubscribe = onEvent('sync.status', (next) => {
      eventsSeen += 1;
      status.value = next;
    });
    await refresh();
  }

  /** Reads the status; an event that arrived meanwhile is newer and wins. */
  async function refresh(): Promise<void> {
    const seenBefore = eventsSeen;
    const result = await call('sync.getStatus', {});
    if (result.ok && eventsSeen === seenBefore) status.value = result.value;
  }

  function stop(): void {
    unsubscribe?.();
    unsubscribe = null;
  }

  /** Forgets the status (the subscription stays: sync belongs to the device, not the session). */
  function reset(): void {
    status.value = null;
  }

  return { status, known, online, lastSyncAt, progress, start, refresh, stop, reset };
});
