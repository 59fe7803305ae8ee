// The only module that touches window.kabinet: every call and event subscription goes through here.
import type { KabinetApi } from '../../shared/contract/api.js';
import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../shared/contract/methods.js';
import { fail, type Result } from '../../shared/contract/result.js';

type AnyMethod = (input: unknown) => Promise<Result<unknown>>;

function bridge(): KabinetApi | undefined {
  return typeof window === 'undefined' ? undefined : window.kabinet;
}

/** True when the preload or the preview bridge has defined `window.kabinet`. */
export function isBridgeAvailable(): boolean {
  return bridge() !== undefined;
}

/**
 * Calls a contract method. Never throws: a missing bridge or a broken transport comes back as
 * an `internal` error value, like every other failure.
 */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<Result<MethodOutput<M>>> {
  const api = bridge();
  if (!api) return fail('internal');
  const [namespace, name] = method.split('.') as [string, string];
  const group = (api as unknown as Record<string, Record<string, AnyMethod> | undefined>)[
    namespace
  ];
  const fn = group?.[name];
  if (typeof fn !== 'function') return fail('unknown_method');
  try {
    return (await fn(input)) as Result<MethodOutput<M>>;
  } catch {
    return fail('internal');
  }
}

/** Subscribes to an event the main process pushes; returns the unsubscribe function. */
export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  const api = bridge();
  if (!api) return () => {};
  return api.on(event, listener);
}
