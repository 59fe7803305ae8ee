import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createDispatcher, type Handlers } from '../../../electron/services/dispatch.js';
import { methodNames } from '../../../shared/contract/methods.js';
import { AppFailure } from '../../../shared/contract/result.js';
import type { AppState, SyncStatus } from '../../../shared/contract/views.js';

const state: AppState = {
  version: '1.0.0',
  enrolled: false,
  embedded: false,
  profile: null,
  region: null,
  cacheRebuilt: false,
  kioskIdle: { idleSeconds: 90, warningSeconds: 20 },
  sandbox: false,
};
const status: SyncStatus = {
  online: false,
  running: false,
  lastSyncAt: null,
  progress: null,
  lastError: null,
};

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const refuse = async () => {
    throw new AppFailure('not_enrolled');
  };
  // Every method refuses unless named here, so new contract methods need no edit of this test.
  const refusing = Object.fromEntries(
    methodNames.map((name) => [name, refuse]),
  ) as unknown as Handlers;
  return {
    ...refusing,
    'app.getState': async () => state,
    'device.enrol': refuse,
    'session.signIn': refuse,
    'session.signOut': async () => ({}),
    'session.get': async () => null,
    'accounts.getDetails': refuse,
    'sync.getStatus': async () => status,
    'sync.runNow': async () => status,
    ...overrides,
  };
}

describe('createDispatcher', () => {
  it('answers a known method with its validated output', async () => {
    const dispatch = createDispatcher(handlersWith({}));
    expect(await dispatch('app.getState', {})).toEqual({ ok: true, value: state });
  });

  it('refuses unknown methods, including prototype names', async () => {
    const dispatch = createDispatcher(handlersWith({}));
    for (const name of [
      'nope',
      '__proto__',
      'toString',
      'constructor',
      'hasOwnProperty',
      '',
      'app',
    ]) {
      expect(await dispatch(name, {})).toEqual({
        ok: false,
        error: { code: 'unknown_method', messageKey: 'errors.unknown_method' },
      });
    }
  });

  it('refuses input that fails the schema before the handler runs', async () => {
    let ran = false;
    const dispatch = createDispatcher(
      handlersWith({
        'accounts.getDetails': async () => {
          ran = true;
          throw new AppFailure('not_found');
        },
      }),
    );
    for (const input of [
      undefined,
      null,
      5,
      'x',
      { accountId: -1 },
      { accountId: 1.5 },
      { accountId: 1, extra: 1 },
    ]) {
      expect(await dispatch('accounts.getDetails', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(ran).toBe(false);
  });

  it('passes the parsed input (trimmed login) to the handler', async () => {
    let seen: unknown;
    const dispatch = createDispatcher(
      handlersWith({
        'session.signIn': async (input) => {
          seen = input;
          throw new AppFailure('invalid_credentials');
        },
      }),
    );
    expect(await dispatch('session.signIn', { login: '  demo ', password: 'p' })).toMatchObject({
      error: { code: 'invalid_credentials' },
    });
    expect(seen).toEqual({ login: 'demo', password: 'p' });
  });

  it('turns other throws and bad outputs into "internal", logged without a stack', async () => {
    const logs: Record<string, unknown>[] = [];
    const dispatch = createDispatcher(
      handlersWith({
        'sync.getStatus': async () => {
          throw new TypeError('boom at /home/secret/path');
        },
        'app.getState': async () => ({ ...state, version: 42 }) as unknown as AppState,
      }),
      (level, message, data) => logs.push({ level, message, ...data }),
    );
    const thrown = await dispatch('sync.getStatus', {});
    expect(thrown).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal' },
    });
    expect(JSON.stringify(thrown)).not.toContain('boom');
    expect(await dispatch('app.getState', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logs).toEqual([
      expect.objectContaining({ level: 'error', method: 'sync.getStatus', name: 'TypeError' }),
      expect.objectContaining({ level: 'error', method: 'app.getState', paths: ['version'] }),
    ]);
    expect(logs.some((l) => 'stack' in l)).toBe(false);
  });

  it('survives input whose getters throw', async () => {
    const dispatch = createDispatcher(handlersWith({}));
    const hostile = Object.defineProperty({}, 'accountId', {
      enumerable: true,
      get() {
        throw new Error('gotcha');
      },
    });
    expect(await dispatch('accounts.getDetails', hostile)).toMatchObject({ ok: false });
  });

  it('fuzz: arbitrary method names never throw', async () => {
    const dispatch = createDispatcher(handlersWith({}));
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), async (name, input) => {
        const result = await dispatch(name, input);
        if (!methodNames.includes(name as never))
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
        else expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
