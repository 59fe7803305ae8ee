import {
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  methodNames,
} from './methods.js';
import type { Result } from './result.js';

export type Invoke = <M extends MethodName>(
  method: M,
  input: MethodInput<M>,
) => Promise<Result<MethodOutput<M>>>;
export type Subscribe = <E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
) => () => void;

type Namespace<N extends string> = MethodName extends infer M
  ? M extends `${N}.${infer Fn}`
    ? Fn
    : never
  : never;
type MethodFn<M> = M extends MethodName
  ? (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>
  : never;
type NamespaceApi<N extends string> = { [Fn in Namespace<N>]: MethodFn<`${N}.${Fn}`> };
type Namespaces = MethodName extends `${infer N}.${string}` ? N : never;

/** The whole `window.kabinet` surface: one function per contract method, grouped by namespace. */
export type KabinetApi = { [N in Namespaces]: NamespaceApi<N> } & { on: Subscribe };

/**
 * Builds `window.kabinet` from a transport. The preload and the preview bridge both call this,
 * so the renderer sees exactly the same API in Electron and in Chromium.
 */
export function createKabinetApi(invoke: Invoke, subscribe: Subscribe): KabinetApi {
  const api: Record<string, Record<string, unknown>> = {};
  for (const name of methodNames) {
    const [ns, fn] = name.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][fn] = (input: unknown) => invoke(name, input as never);
  }
  return Object.freeze({ ...api, on: subscribe }) as unknown as KabinetApi;
}
