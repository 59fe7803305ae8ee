import { z } from 'zod';

import {
  accountDetailsSchema,
  appStateSchema,
  sessionViewSchema,
  syncStatusSchema,
} from './views.js';

const empty = z.object({}).strict();
const login = z.string().trim().min(1).max(64);
const password = z.string().min(1).max(128);

/**
 * Every method the renderer may call: name → input and output schemas.
 * The preload, the preview bridge and the main-process dispatcher are all derived from this.
 */
export const methods = {
  'app.getState': { input: empty, output: appStateSchema },
  'device.enrol': {
    input: z
      .object({
        centralUrl: z.url({ protocol: /^https?$/ }).max(300),
        code: z.string().trim().min(6).max(32),
      })
      .strict(),
    output: appStateSchema,
  },
  'session.signIn': {
    input: z.object({ login, password }).strict(),
    output: sessionViewSchema,
  },
  'session.signOut': { input: empty, output: z.object({}) },
  'session.get': { input: empty, output: sessionViewSchema.nullable() },
  'accounts.getDetails': {
    input: z.object({ accountId: z.number().int().positive() }).strict(),
    output: accountDetailsSchema,
  },
  'sync.getStatus': { input: empty, output: syncStatusSchema },
  'sync.runNow': { input: empty, output: syncStatusSchema },
} as const;

/** Events the main process pushes to the renderer: name → payload schema. */
export const events = {
  'sync.status': syncStatusSchema,
  'session.ended': z.object({ reason: z.enum(['signed_out', 'expired']) }),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const methodNames = Object.keys(methods) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

/** The single IPC channel for calls and the prefix for events. */
export const IPC_INVOKE_CHANNEL = 'kabinet:invoke';
export const IPC_EVENT_CHANNEL = 'kabinet:event';
