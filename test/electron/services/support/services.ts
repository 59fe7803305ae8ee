import { expect } from 'vitest';

import {
  createMainServices,
  type MainServices,
  type MainServicesOptions,
} from '../../../../electron/services/main-services.js';
import type {
  EventName,
  EventPayload,
  MethodName,
  MethodOutput,
} from '../../../../shared/contract/methods.js';
import type { Result } from '../../../../shared/contract/result.js';

export interface ServicesUnderTest {
  services: MainServices;
  events: { event: EventName; payload: EventPayload<EventName> }[];
  logs: { level: string; message: string; data?: Record<string, unknown> }[];
  /** Calls a method and expects success. */
  call<M extends MethodName>(method: M, input?: unknown): Promise<MethodOutput<M>>;
  /** Calls a method and returns the raw Result; the input is passed as given (even undefined). */
  raw(method: string, ...input: [unknown?]): Promise<Result<unknown>>;
}

/** Main services with their events and log collected. Not started. */
export async function servicesUnderTest(
  options: Omit<MainServicesOptions, 'appVersion' | 'deviceName' | 'log'>,
): Promise<ServicesUnderTest> {
  const events: ServicesUnderTest['events'] = [];
  const logs: ServicesUnderTest['logs'] = [];
  const services = await createMainServices({
    appVersion: '0.1.0-test',
    deviceName: 'Тестовое устройство',
    log: (level, message, data) => logs.push({ level, message, ...(data ? { data } : {}) }),
    ...options,
  });
  services.onEvent((event, payload) => events.push({ event, payload }));
  return {
    services,
    events,
    logs,
    async call(method, input = {}) {
      const result = await services.dispatch(method, input);
      expect(result, `${method} should succeed`).toMatchObject({ ok: true });
      return (result as { ok: true; value: never }).value;
    },
    raw: (method, ...input) => services.dispatch(method, input.length > 0 ? input[0] : {}),
  };
}
