import { afterEach, describe, expect, it, vi } from 'vitest';

import { createRetryingLoop } from '../../../electron/services/retrying-loop.js';

describe('retrying loop (the pull and push engines’ scheduler)', () => {
  afterEach(() => vi.useRealTimers());

  it('backs off exponentially up to the cap after failures, then keeps the interval after a success', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5); // no jitter: factor 1
    const runs: number[] = [];
    let failuresLeft = 5;
    const failures: number[] = [];
    const loop = createRetryingLoop({
      intervalMs: 60_000,
      backoff: { initialMs: 1000, maxMs: 4000 },
      async run() {
        runs.push(Date.now());
        if (failuresLeft-- > 0) throw new Error('offline');
      },
      onSuccess: () => {},
      onFailure: (_error, count) => failures.push(count),
    });
    const start = Date.now();
    loop.start();
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 4000 + 4000 + 60_000);
    expect(failures).toEqual([1, 2, 3, 4, 5]);
    expect(runs.map((t) => t - start)).toEqual([0, 1000, 3000, 7000, 11000, 15000, 75000]);
    await loop.stop();
    vi.restoreAllMocks();
  });

  it('runs one at a time, joins a run under way, and reruns once when asked', async () => {
    let release!: () => void;
    let calls = 0;
    const loop = createRetryingLoop({
      intervalMs: 60_000,
      backoff: { initialMs: 1000, maxMs: 1000 },
      run: () => {
        calls += 1;
        return calls === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      onSuccess: () => {},
      onFailure: () => {},
    });
    const first = loop.trigger();
    const joined = loop.trigger();
    const rerun = loop.trigger(true);
    expect(calls).toBe(1);
    release();
    await Promise.all([first, joined, rerun]);
    expect(calls).toBe(2);
    await loop.stop();
  });

  it('does not report a run cancelled by stop() as a failure, and never runs after stop', async () => {
    const onFailure = vi.fn();
    let calls = 0;
    const loop = createRetryingLoop({
      intervalMs: 10,
      backoff: { initialMs: 10, maxMs: 10 },
      run: (signal) => {
        calls += 1;
        return new Promise<void>((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      },
      onSuccess: () => {},
      onFailure,
    });
    loop.start();
    await loop.stop();
    await loop.trigger();
    expect(onFailure).not.toHaveBeenCalled();
    expect(calls).toBe(1);
    expect(loop.stopped).toBe(true);
  });
});
