// An in-test transport behind the real createKabinetApi: every input is checked against the
// contract's input schema and every value returned against its output schema, so the fake
// cannot drift from the contract. Violations are collected and fail the test (see mount-app.ts).
import type { z } from 'zod';

import { createKabinetApi, type KabinetApi } from '../../../shared/contract/api.js';
import {
  events,
  methods,
  type EventName,
  type EventPayload,
  type MethodName,
  type MethodOutput,
} from '../../../shared/contract/methods.js';
import { fail, type Result } from '../../../shared/contract/result.js';

type ParsedInput<M extends MethodName> = z.output<(typeof methods)[M]['input']>;
export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
) => Result<MethodOutput<M>> | Promise<Result<MethodOutput<M>>>;
export type Handlers = { [M in MethodName]?: Handler<M> };

export interface FakeKabinet {
  api: KabinetApi;
  calls: { method: MethodName; input: unknown }[];
  violations: string[];
  handle<M extends MethodName>(method: M, handler: Handler<M>): void;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  listenerCount(event: EventName): number;
  callsOf(method: MethodName): unknown[];
}

export function createFakeKabinet(initial: Handlers = {}): FakeKabinet {
  const handlers: Handlers = { ...initial };
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const calls: FakeKabinet['calls'] = [];
  const violations: string[] = [];

  const invoke = async <M extends MethodName>(method: M, input: unknown) => {
    calls.push({ method, input });
    const parsed = methods[method].input.safeParse(input);
    if (!parsed.success) {
      violations.push(`${method}: input rejected by the contract: ${parsed.error.message}`);
      return fail('invalid_input');
    }
    const handler = handlers[method] as Handler<M> | undefined;
    if (!handler) return fail('unknown_method');
    const result = await handler(parsed.data as ParsedInput<M>);
    if (result.ok) {
      const checked = methods[method].output.safeParse(result.value);
      if (!checked.success) violations.push(`${method}: output breaks the contract`);
    }
    return result;
  };

  const subscribe = (event: EventName, listener: (payload: never) => void) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener as (payload: unknown) => void);
    listeners.set(event, set);
    return () => set.delete(listener as (payload: unknown) => void);
  };

  return {
    api: createKabinetApi(invoke as never, subscribe as never),
    calls,
    violations,
    handle(method, handler) {
      (handlers as Record<string, unknown>)[method] = handler;
    },
    emit(event, payload) {
      const value = events[event].parse(payload);
      for (const listener of listeners.get(event) ?? []) listener(value);
    },
    listenerCount(event) {
      return listeners.get(event)?.size ?? 0;
    },
    callsOf(method) {
      return calls.filter((c) => c.method === method).map((c) => c.input);
    },
  };
}
