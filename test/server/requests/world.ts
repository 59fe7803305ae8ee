import { randomUUID } from 'node:crypto';

import type { FastifyInstance } from 'fastify';

import type { RequestCreateMutation, RequestCreatePayload } from '../../../shared/sync/push.js';
import {
  createUser,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
  type Backend,
} from '../../support/central-fixture.js';
import {
  buildTestApp,
  enrolDevice,
  testClock,
  type TestClock,
  type TestDevice,
} from '../harness.js';

/** A central with two regions, a resident of Orenburg, and a kiosk and a counter there. */
export interface RequestsWorld {
  tc: TestCentral;
  app: FastifyInstance;
  clock: TestClock;
  orenburg: SeededRegion;
  samara: SeededRegion;
  /** Linked to orenburg.accountIds[0] and samara.accountIds[0]. */
  userId: number;
  kiosk: TestDevice;
  counter: TestDevice;
  close(): Promise<void>;
}

export async function openRequestsWorld(
  backend: Backend,
  postgresUrl: string,
): Promise<RequestsWorld> {
  const tc = await openTestCentral(backend, postgresUrl);
  const orenburg = await seedRegion(tc.central, { code: 'orenburg', accounts: 2 });
  const samara = await seedRegion(tc.central, {
    code: 'samara',
    timeZone: 'Europe/Samara',
    accounts: 1,
  });
  const userId = await createUser(tc.central, {
    login: 'requests-user',
    password: 'Secret-Pass-2026',
    regionId: orenburg.regionId,
    accountIds: [orenburg.accountIds[0]!, samara.accountIds[0]!],
  });
  const clock = testClock('2026-03-20T10:00:00.000Z');
  const app = await buildTestApp(tc.central, clock);
  const kiosk = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
  const counter = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
  return {
    tc,
    app,
    clock,
    orenburg,
    samara,
    userId,
    kiosk,
    counter,
    async close() {
      await app.close();
      await tc.dispose();
    },
  };
}

let serial = 0;

/** A 'request.create' mutation; the number is unique per call unless given. */
export function requestMutation(
  device: TestDevice,
  seq: number,
  payload: Partial<RequestCreatePayload> & Pick<RequestCreatePayload, 'accountId'>,
): RequestCreateMutation {
  serial += 1;
  return {
    seq,
    id: randomUUID(),
    kind: 'request.create',
    payload: {
      number: `${device.id}-${String(serial).padStart(6, '0')}`,
      userId: null,
      source: 'counter',
      topic: 'charges',
      body: 'Прошу пересчитать начисление за холодную воду: показания переданы вовремя.',
      contact: '+7 903 123-45-67',
      createdAt: '2026-03-20T09:58:00.000Z',
      ...payload,
    },
  };
}
