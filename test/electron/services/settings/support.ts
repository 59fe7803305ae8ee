// A settings test world: a real central service on 127.0.0.1 (PGlite or a fresh PostgreSQL
// database) with the fixture data and both delivery sandboxes, a movable central clock, and
// real main services enrolled as a kiosk. Codes and links are read the way a person would:
// from the sandbox viewer (sandbox.messages).
import { expect } from 'vitest';

import { hashPassword } from '../../../../server/auth/password.js';
import type { CentralDb } from '../../../../server/db/connect.js';
import { type RunningCentral, startCentralService } from '../../../../server/start.js';
import type { MethodOutput } from '../../../../shared/contract/methods.js';
import { type CentralFixture, seedCentralFixture } from '../support/central-fixture.js';
import { type Backend, createPostgresDatabase, deviceFolder } from '../support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from '../support/services.js';

export type SandboxMessage = MethodOutput<'sandbox.messages'>[number];

export interface MovableClock {
  (): Date;
  advanceSeconds(seconds: number): void;
}

/** Real time, moved forward on demand (cooldowns and expiry without waiting). */
export function movableClock(): MovableClock {
  let offsetMs = 0;
  const clock = (() => new Date(Date.now() + offsetMs)) as MovableClock;
  clock.advanceSeconds = (seconds) => void (offsetMs += seconds * 1000);
  return clock;
}

export interface SettingsWorld {
  running: RunningCentral;
  central: CentralDb;
  fixture: CentralFixture;
  clock: MovableClock;
  device: ServicesUnderTest;
  /** Signs the fixture resident (ivanova) in on the device. */
  signIn(password?: string): Promise<MethodOutput<'session.signIn'>>;
  /** The newest sandbox message to `recipient`, as the viewer lists it. */
  lastMessageTo(recipient: string): Promise<SandboxMessage>;
  /** The code of the newest SMS to `phone`. */
  codeSentTo(phone: string): Promise<string>;
  /** Another resident who owns `accountId` (for "Добавить ЛС"). */
  createOwner(login: string, password: string, accountId: number): Promise<number>;
  close(): Promise<void>;
}

export async function openSettingsWorld(
  backend: Backend,
  postgresUrl: string,
): Promise<SettingsWorld> {
  const database = backend === 'postgres' ? await createPostgresDatabase(postgresUrl) : null;
  const clock = movableClock();
  const running = await startCentralService({
    logLevel: false,
    clock,
    ...(database ? { databaseUrl: database.url } : {}),
  });
  const fixture = await seedCentralFixture(running.central, { accounts: 4 });
  const folder = deviceFolder();
  const device = await servicesUnderTest({
    userDataDir: folder.dir,
    secretStore: folder.secrets,
    centralUrl: running.url,
  });
  await device.services.start();
  const { code } = await running.issueEnrolmentCode('kiosk', 'orenburg');
  await device.call('device.enrol', { centralUrl: running.url, code });

  const lastMessageTo = async (recipient: string) => {
    const messages = await device.call('sandbox.messages');
    const found = messages.find((message) => message.recipient === recipient);
    expect(found, `a message to ${recipient}`).toBeDefined();
    return found!;
  };

  return {
    running,
    central: running.central,
    fixture,
    clock,
    device,
    signIn: (password = fixture.user.password) =>
      device.call('session.signIn', { login: fixture.user.login, password }),
    lastMessageTo,
    async codeSentTo(phone) {
      const message = await lastMessageTo(phone);
      const code = /Код (\d+)/.exec(message.text)?.[1];
      expect(code, message.text).toBeDefined();
      return code!;
    },
    async createOwner(login, password, accountId) {
      const user = await running.central.db
        .insertInto('users')
        .values({
          login,
          password_hash: await hashPassword(password),
          full_name: 'Сидоров Пётр Ильич',
          phone: null,
          email: null,
          region_id: fixture.regionId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await running.central.db
        .insertInto('user_accounts')
        .values({ user_id: user.id, account_id: accountId, role: 'owner' })
        .execute();
      return user.id;
    },
    async close() {
      await device.services.stop();
      await running.close();
      await database?.drop();
      folder.cleanup();
    },
  };
}

/** Expects a failed Result with `code`. */
export function expectFailure(result: unknown, code: string): void {
  expect(result).toMatchObject({ ok: false, error: { code } });
}
