/**
 * The scheduler shared by the pull and push engines: one run at a time, the next run an
 * interval after a success, capped exponential backoff with jitter after a failure, and a stop
 * that cancels the timer and the run under way.
 */
export interface RetryingLoopOptions {
  /** Pause after a successful run. */
  intervalMs: number;
  /** Retry delays after a failure: doubling from initialMs, capped at maxMs. */
  backoff: { initialMs: number; maxMs: number };
  /** One run; a throw counts as a failure and schedules a retry. */
  run(signal: AbortSignal): Promise<void>;
  onSuccess(): void;
  /** Not called for a run cancelled by stop(). */
  onFailure(error: unknown, failures: number): void;
}

export interface RetryingLoop {
  /** Runs now, then on schedule. */
  start(): void;
  /**
   * Runs at once, or joins the run under way; with `rerun`, one more run follows the current
   * one (new work arrived while it was sending).
   */
  trigger(rerun?: boolean): Promise<void>;
  stop(): Promise<void>;
  readonly stopped: boolean;
}

/** Builds a stopped-until-started loop around `options.run`. */
export function createRetryingLoop(options: RetryingLoopOptions): RetryingLoop {
  const { intervalMs, backoff } = options;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;
  let abort: AbortController | null = null;
  let rerunRequested = false;
  let failures = 0;
  let started = false;
  let stopped = false;

  const clearTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const schedule = (delayMs: number) => {
    clearTimer();
    if (stopped || !started) return;
    timer = setTimeout(() => void trigger(), delayMs);
    timer.unref();
  };

  const retryDelay = () => {
    const base = Math.min(backoff.initialMs * 2 ** Math.min(failures - 1, 30), backoff.maxMs);
    return Math.round(base * (0.8 + Math.random() * 0.4)); // jitter: kiosks do not retry in step
  };

  async function runOnce(): Promise<void> {
    clearTimer();
    abort = new AbortController();
    try {
      do {
        rerunRequested = false;
        await options.run(abort.signal);
      } while (rerunRequested && !stopped);
      failures = 0;
      options.onSuccess();
      schedule(intervalMs);
    } catch (error) {
      if (stopped) return;
      failures += 1;
      options.onFailure(error, failures);
      schedule(retryDelay());
    }
  }

  function trigger(rerun = false): Promise<void> {
    if (stopped) return Promise.resolve();
    if (current) {
      if (rerun) rerunRequested = true;
      return current;
    }
    current = runOnce().finally(() => (current = null));
    return current;
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      void trigger();
    },
    trigger,
    async stop() {
      stopped = true;
      clearTimer();
      abort?.abort();
      await current?.catch(() => undefined);
    },
    get stopped() {
      return stopped;
    },
  };
}
