// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { createKabinetApi } from '../../shared/contract/api.js';
import { ok } from '../../shared/contract/result.js';
import { call, isBridgeAvailable, onEvent } from '../../renderer/api/client.js';
import { appState } from './support/fixtures.js';

afterEach(() => {
  delete window.kabinet;
});

describe('api client', () => {
  it('returns an error value, not an exception, when window.kabinet is absent', async () => {
    expect(isBridgeAvailable()).toBe(false);
    expect(await call('app.getState', {})).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal' },
    });
    expect(typeof onEvent('sync.status', () => {})).toBe('function');
  });

  it('passes calls through to the bridge by namespace and method', async () => {
    const seen: unknown[] = [];
    window.kabinet = createKabinetApi(
      async (method, input) => {
        seen.push([method, input]);
        return ok(appState()) as never;
      },
      () => () => {},
    );
    const result = await call('app.getState', {});
    expect(result.ok && result.value.enrolled).toBe(true);
    expect(seen).toEqual([['app.getState', {}]]);
  });

  it('turns a transport that throws into an internal error value', async () => {
    window.kabinet = createKabinetApi(
      () => Promise.reject(new Error('channel closed')),
      () => () => {},
    );
    expect(await call('session.get', {})).toEqual({
      ok: false,
      error: { code: 'internal', messageKey: 'errors.internal' },
    });
  });
});
