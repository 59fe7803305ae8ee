import { beforeEach, describe, expect, it, vi } from 'vitest';

import {
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  methodNames,
} from '../../../shared/contract/index.js';

// A recording stand-in for the sandboxed renderer's 'electron' module.
const bridge = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const listeners = new Set<(event: unknown, ...args: unknown[]) => void>();
  return {
    exposed,
    listeners,
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
      on: (channel: string, l: (event: unknown, ...args: unknown[]) => void) => {
        if (channel === 'kabinet:event') listeners.add(l);
      },
      removeListener: (_channel: string, l: (event: unknown, ...args: unknown[]) => void) =>
        listeners.delete(l),
    },
  };
});
vi.mock('electron', () => ({
  contextBridge: bridge.contextBridge,
  ipcRenderer: bridge.ipcRenderer,
}));

await import('../../../electron/preload.js');

type Api = Record<string, Record<string, (input: unknown) => Promise<unknown>>> & {
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};
const api = () => bridge.exposed.kabinet as Api;
const emit = (name: string, payload: unknown) =>
  bridge.listeners.forEach((l) => l({}, name, payload));

describe('preload', () => {
  beforeEach(() => bridge.ipcRenderer.invoke.mockClear());

  it('exposes only window.kabinet, frozen', () => {
    expect(Object.keys(bridge.exposed)).toEqual(['kabinet']);
    expect(Object.isFrozen(api())).toBe(true);
  });

  it('offers every contract method and sends it over the one invoke channel', async () => {
    for (const name of methodNames) {
      const [ns, fn] = name.split('.') as [string, string];
      const input = { probe: name };
      await api()[ns]![fn]!(input);
      expect(bridge.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE_CHANNEL, name, input);
    }
    expect(bridge.ipcRenderer.invoke).toHaveBeenCalledTimes(methodNames.length);
  });

  it('delivers only the subscribed event, and stops after unsubscribe', () => {
    const seen: unknown[] = [];
    const unsubscribe = api().on('session.ended', (payload) => seen.push(payload));
    emit('sync.status', { online: true });
    emit('session.ended', { reason: 'expired' });
    unsubscribe();
    emit('session.ended', { reason: 'signed_out' });
    expect(seen).toEqual([{ reason: 'expired' }]);
    expect(bridge.listeners.size).toBe(0);
  });

  it('ignores subscriptions to events outside the contract', () => {
    const unsubscribe = api().on('ipc:raw', () => {});
    expect(bridge.listeners.size).toBe(0);
    unsubscribe();
    expect(IPC_EVENT_CHANNEL).toBe('kabinet:event');
  });
});
