import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

import { numberInWords } from '../../../server/identity/captcha-question.js';
import { listSandboxMessages, type SandboxMessage } from '../../../server/delivery/sandbox.js';
import { captchaSchema } from '../../../shared/sync/identity-http.js';
import { signInResponseSchema } from '../../../shared/sync/http.js';
import {
  type Backend,
  openTestCentral,
  type SeededRegion,
  seedRegion,
  type TestCentral,
} from '../../support/central-fixture.js';
import {
  buildTestApp,
  enrolDevice,
  testClock,
  type TestClock,
  type TestDevice,
} from '../harness.js';
import type { CentralAppDeps } from '../../../server/app.js';

/** The identity flows' test world: a central with two regions, a kiosk and a counter. */
export interface IdentityWorld {
  tc: TestCentral;
  app: FastifyInstance;
  clock: TestClock;
  home: SeededRegion;
  away: SeededRegion;
  kiosk: TestDevice;
  counter: TestDevice;
  close(): Promise<void>;
}

const WORDS = new Map(Array.from({ length: 31 }, (_, n) => [numberInWords(n), n]));

/** Answers a captcha the accessible way, as a person using a screen reader would. */
export function answerQuestion(question: string): string {
  const match = /^Сколько будет (.+) (плюс|минус) (.+)\?$/.exec(question);
  const a = WORDS.get(match?.[1] ?? '');
  const b = WORDS.get(match?.[3] ?? '');
  if (!match || a === undefined || b === undefined) throw new Error(`unreadable: ${question}`);
  return String(match[2] === 'плюс' ? a + b : a - b);
}

export async function openIdentityWorld(
  backend: Backend,
  postgresUrl: string,
  logger?: CentralAppDeps['logger'],
): Promise<IdentityWorld> {
  const tc = await openTestCentral(backend, postgresUrl);
  const home = await seedRegion(tc.central, {
    code: 'orenburg',
    name: 'Оренбургская область',
    accounts: 8,
  });
  const away = await seedRegion(tc.central, {
    code: 'samara',
    name: 'Самарская область',
    accounts: 2,
  });
  const clock = testClock();
  const app = await buildTestApp(tc.central, clock, logger ? { logger } : {});
  const kiosk = await enrolDevice(app, tc.central, clock, 'kiosk', 'orenburg');
  const counter = await enrolDevice(app, tc.central, clock, 'counter', 'orenburg');
  return {
    tc,
    app,
    clock,
    home,
    away,
    kiosk,
    counter,
    async close() {
      await app.close();
      await tc.dispose();
    },
  };
}

type Method = 'GET' | 'POST' | 'DELETE';

/** A device call, with the resident's session when given. */
export function call(
  world: IdentityWorld,
  device: TestDevice,
  method: Method,
  url: string,
  payload?: unknown,
  session?: string,
): Promise<LightMyRequestResponse> {
  return world.app.inject({
    method,
    url,
    headers: { ...device.headers, ...(session ? { 'x-session-token': session } : {}) },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** A fresh captcha, answered right. */
export async function solvedCaptcha(world: IdentityWorld, device: TestDevice) {
  const response = await call(world, device, 'GET', '/api/v1/identity/captcha');
  const captcha = captchaSchema.parse(response.json());
  return { challengeId: captcha.challengeId, answer: answerQuestion(captcha.question) };
}

/** The newest message the sandbox "sent" to `recipient`; waits briefly for background sends. */
export async function lastMessage(
  world: IdentityWorld,
  recipient: string,
): Promise<SandboxMessage> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const [message] = await listSandboxMessages(world.tc.central.db, { recipient, limit: 1 });
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no message to ${recipient}`);
}

/** How many messages the sandbox holds for `recipient`. */
export async function messageCount(world: IdentityWorld, recipient: string): Promise<number> {
  return (await listSandboxMessages(world.tc.central.db, { recipient, limit: 200 })).length;
}

/** The code of an SMS, as a person reads it. */
export function codeIn(message: SandboxMessage): string {
  const code = /Код (\d+)/.exec(message.text)?.[1];
  if (!code) throw new Error('no code in the message');
  return code;
}

/** The link of an e-mail (its text part), as a person would open it. */
export function linkIn(message: SandboxMessage): URL {
  const link = /https?:\/\/\S+\/link\/\w+\?token=\S+/.exec(message.text)?.[0];
  if (!link) throw new Error('no link in the message');
  return new URL(link);
}

/** Opens a link page as a browser would: GET, then the button's POST (form-encoded). */
export async function followLink(world: IdentityWorld, link: URL) {
  const landing = await world.app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
  const posted = await postForm(world, link.pathname, { token: link.searchParams.get('token')! });
  return { landing, posted };
}

export function postForm(world: IdentityWorld, path: string, fields: Record<string, string>) {
  return world.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** Hidden fields of the page's form. */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)) {
    fields[match[1]!] = match[2]!.replaceAll('&amp;', '&');
  }
  return fields;
}

export async function signIn(
  world: IdentityWorld,
  device: TestDevice,
  login: string,
  password: string,
) {
  const response = await call(world, device, 'POST', '/api/v1/auth/sign-in', { login, password });
  if (response.statusCode !== 200) return { response, token: null };
  return { response, token: signInResponseSchema.parse(response.json()).sessionToken };
}
