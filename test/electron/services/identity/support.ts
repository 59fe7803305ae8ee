import { expect } from 'vitest';

import type { Result } from '../../../../shared/contract/result.js';

import type { Captcha } from '../../../../shared/sync/identity-http.js';
import { answerCaptchaQuestion } from '../../../support/captcha-answer.js';
import {
  SANDBOX_MESSAGES_PATH,
  type SandboxMessageView,
  sandboxMessagesResponseSchema,
} from '../../../../shared/sync/sandbox-http.js';
import {
  type Backend,
  deviceFolder,
  type FixtureCentral,
  startFixtureCentral,
  waitFor,
} from '../support/harness.js';
import { servicesUnderTest, type ServicesUnderTest } from '../support/services.js';

/** A strong password for new users in these tests. */
export const NEW_PASSWORD = 'Reg-Pass-2031';

/** Answers a captcha by its spoken question, never by peeking at the central's tables. */
export const solveCaptcha = (captcha: Captcha): string => answerCaptchaQuestion(captcha.question);

/** A device enrolled with a fixture central (PGlite or PostgreSQL) whose clock the test moves. */
export interface IdentityDevice {
  central: FixtureCentral;
  device: ServicesUnderTest;
  /** Moves the central's clock forward. */
  advance(ms: number): void;
  /** A solved captcha for the next start. */
  captcha(): Promise<{ challengeId: string; answer: string }>;
  /** What the delivery sandbox "sent" to `recipient`, newest first (read over HTTP, as a viewer). */
  sent(recipient: string, channel: 'sms' | 'email'): Promise<SandboxMessageView[]>;
  /** Waits for the newest message to `recipient` after `count` earlier ones and returns its text. */
  nextMessage(recipient: string, channel: 'sms' | 'email', count?: number): Promise<string>;
  close(): Promise<void>;
}

export async function startIdentityDevice(
  backend: Backend,
  postgresUrl: string,
): Promise<IdentityDevice> {
  let now = new Date('2026-03-18T06:00:00Z').getTime();
  const clock = () => new Date(now);
  const central = await startFixtureCentral({ accounts: 6, backend, postgresUrl, clock });
  const folder = deviceFolder();
  const device = await servicesUnderTest({
    userDataDir: folder.dir,
    secretStore: folder.secrets,
    centralUrl: central.running.url,
    syncIntervalMs: 600_000,
  });
  await device.services.start();
  const { code } = await central.running.issueEnrolmentCode('kiosk', 'orenburg');
  await device.call('device.enrol', { centralUrl: central.running.url, code });

  const sent = async (recipient: string, channel: 'sms' | 'email') => {
    const query = new URLSearchParams({ recipient, channel });
    const response = await fetch(`${central.running.url}${SANDBOX_MESSAGES_PATH}?${query}`);
    expect(response.status).toBe(200);
    return sandboxMessagesResponseSchema.parse(await response.json()).messages;
  };

  return {
    central,
    device,
    advance: (ms) => void (now += ms),
    async captcha() {
      const captcha = await device.call('identity.captcha');
      return { challengeId: captcha.challengeId, answer: solveCaptcha(captcha) };
    },
    sent,
    async nextMessage(recipient, channel, count = 0) {
      let messages: SandboxMessageView[] = [];
      await waitFor(async () => (messages = await sent(recipient, channel)).length > count);
      return messages[0]!.text;
    },
    async close() {
      await device.services.stop();
      await central.close();
      folder.cleanup();
    },
  };
}

/** The code of an SMS "Код 123456 для …". */
export function codeIn(text: string): string {
  const code = /Код (\d{4,10}) /.exec(text)?.[1];
  if (!code) throw new Error('no code in the message');
  return code;
}

/** The link of an e-mail (…/link/<kind>?token=…). */
export function linkIn(text: string): string {
  const link = /https?:\/\/\S+\/link\/\w+\?token=[\w.-]+/.exec(text)?.[0];
  if (!link) throw new Error('no link in the message');
  return link;
}

/** Opens an e-mail link as a person would: the page, then its button (a form POST). */
export async function openLink(link: string): Promise<string> {
  const page = await fetch(link);
  expect(page.status).toBe(200);
  const token = new URL(link).searchParams.get('token') ?? '';
  const posted = await fetch(link.split('?')[0]!, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token }).toString(),
  });
  return posted.text();
}

/** Account numbers of the fixture: owned by Иванова, free to register, and in another region. */
export async function accountNumbers(
  env: IdentityDevice,
): Promise<{ owned: string; free: string[]; otherRegion: string }> {
  const { fixture, central } = env.central;
  const rows = await central.db.selectFrom('accounts').select(['id', 'number']).execute();
  const numberOf = (id: number) => rows.find((r) => r.id === id)!.number;
  const owners = await central.db
    .selectFrom('user_accounts')
    .select('account_id')
    .where('role', '=', 'owner')
    .execute();
  const owned = new Set(owners.map((o) => o.account_id));
  return {
    owned: numberOf(fixture.accountIds[0]!),
    free: fixture.accountIds.filter((id) => !owned.has(id)).map(numberOf),
    otherRegion: numberOf(fixture.otherRegionAccountId),
  };
}

/**
 * registration.start for Пётр Петров by phone, with `overrides`. Without a captcha in them it
 * asks for a new one, which spends the one shown before.
 */
export async function startRegistration(
  env: IdentityDevice,
  overrides: Record<string, unknown> = {},
): Promise<Result<unknown>> {
  return env.device.raw('registration.start', {
    regionCode: 'orenburg',
    login: 'petrov.ivan',
    password: NEW_PASSWORD,
    variant: 'phone',
    contact: '8 (912) 345-67-01',
    city: 'Оренбург',
    ...overrides,
    captcha: overrides.captcha ?? (await env.captcha()),
  });
}
