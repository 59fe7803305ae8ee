import type { z } from 'zod';

import {
  type MethodName,
  type MethodOutput,
  methods,
  type Methods,
} from '../../shared/contract/methods.js';
import { AppFailure, fail, ok, type Result } from '../../shared/contract/result.js';
import { describeError, type Log, silentLog } from './log.js';

/** One handler per contract method; it receives the input already parsed by its schema. */
export type Handlers = {
  [M in MethodName]: (input: z.output<Methods[M]['input']>) => Promise<MethodOutput<M>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The border between the renderer and the services. Every call ends as a Result value:
 * unknown method → 'unknown_method'; input failing its schema → 'invalid_input'; an
 * AppFailure → its code; any other throw, or an output failing its schema → 'internal',
 * logged here (no stack crosses the border).
 */
export function createDispatcher(handlers: Handlers, log: Log = silentLog): Dispatch {
  return async (method, input) => {
    if (typeof method !== 'string' || !Object.hasOwn(methods, method))
      return fail('unknown_method');
    const name = method as MethodName;
    const contract = methods[name];
    try {
      const parsed = contract.input.safeParse(input);
      if (!parsed.success) return fail('invalid_input');
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      const output = contract.output.safeParse(await handler(parsed.data));
      if (!output.success) {
        log('error', 'handler output failed its schema', {
          method: name,
          paths: output.error.issues.map((issue) => issue.path.join('.')),
        });
        return fail('internal');
      }
      return ok(output.data);
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code);
      log('error', 'handler threw', { method: name, ...describeError(error) });
      return fail('internal');
    }
  };
}
