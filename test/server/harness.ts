import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

import type { DeviceProfile } from '../../shared/contract/views.js';
import { buildCentralApp, type CentralAppDeps } from '../../server/app.js';
import { type CentralConfig } from '../../server/config.js';
import type { CentralDb } from '../../server/db/connect.js';
import { issueEnrolmentCode } from '../../server/enrolment/issue.js';

/** Test harness for the central app: a movable clock, a built app, enrolled devices. */

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestClock {
  (): Date;
  advanceMinutes(minutes: number): void;
  set(iso: string): void;
}

/** A clock the test moves by hand; it never reads the machine's time. */
export function testClock(startIso = '2025-06-02T09:00:00.000Z'): TestClock {
  let now = new Date(startIso).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.advanceMinutes = (minutes) => (now += minutes * 60_000);
  clock.set = (iso) => (now = new Date(iso).getTime());
  return clock;
}

export function testConfig(overrides: Partial<CentralConfig> = {}): CentralConfig {
  return {
    databaseUrl: undefined,
    pgliteDir: '.kabinet-data/test-unused',
    host: '127.0.0.1',
    port: 0,
    adminToken: ADMIN_TOKEN,
    logLevel: 'silent',
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    demoAccounts: 100,
    delivery: {
      smtpUrl: undefined,
      mailFrom: 'Единый личный кабинет <no-reply@kabinet.example>',
      smsProvider: 'sandbox',
      smsRuApiId: undefined,
      smsRuUrl: 'https://sms.ru',
    },
    codes: { length: 6, ttlMinutes: 10, resendSeconds: 60, secret: undefined },
    ...overrides,
  };
}

export function buildTestApp(
  central: CentralDb,
  clock: () => Date,
  options: { config?: Partial<CentralConfig>; logger?: CentralAppDeps['logger'] } = {},
): Promise<FastifyInstance> {
  return buildCentralApp({
    central,
    clock,
    config: testConfig(options.config),
    logger: options.logger ?? false,
  });
}

export interface TestDevice {
  id: number;
  token: string;
  headers: { authorization: string };
}

/** Issues a code and enrols a device through the real endpoint. */
export async function enrolDevice(
  app: FastifyInstance,
  central: CentralDb,
  clock: () => Date,
  profile: DeviceProfile,
  regionCode: string,
): Promise<TestDevice> {
  const issued = await issueEnrolmentCode(central.db, clock(), {
    profile,
    regionCode,
    ttlMinutes: 60,
  });
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/devices/enrol',
    payload: { code: issued.code, deviceName: `${profile} test` },
  });
  if (response.statusCode !== 200) throw new Error(`enrol failed: ${response.body}`);
  const body = response.json() as { deviceId: number; deviceToken: string };
  return {
    id: body.deviceId,
    token: body.deviceToken,
    headers: { authorization: `Device ${body.deviceToken}` },
  };
}

/** The error body's code, asserting the body has the shared error shape. */
export function errorCodeOf(response: LightMyRequestResponse): string {
  const body = response.json() as { error?: { code?: unknown; message?: unknown } };
  if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string') {
    throw new Error(`not an error body: ${response.body}`);
  }
  return body.error.code;
}
