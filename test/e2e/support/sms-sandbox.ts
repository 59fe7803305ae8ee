// The SMS sandbox of the central (GET /api/v1/sandbox/messages on loopback), read as a phone.
import { expect } from '@playwright/test';

import {
  SANDBOX_MESSAGES_PATH,
  sandboxMessagesResponseSchema,
} from '../../../shared/sync/sandbox-http.js';

/** The texts the sandbox "sent" to `phone` (+79…), oldest first. */
export async function smsTo(centralUrl: string, phone: string): Promise<string[]> {
  const query = new URLSearchParams({ recipient: phone, channel: 'sms' });
  const response = await fetch(`${centralUrl}${SANDBOX_MESSAGES_PATH}?${query.toString()}`);
  expect(response.status).toBe(200);
  const { messages } = sandboxMessagesResponseSchema.parse(await response.json());
  return messages.map((message) => message.text).reverse();
}

/** Waits for the SMS after the `seen` earlier ones and returns the code in it. */
export async function nextSmsCode(
  centralUrl: string,
  phone: string,
  seen: number,
): Promise<string> {
  await expect
    .poll(async () => (await smsTo(centralUrl, phone)).length, { timeout: 20_000 })
    .toBeGreaterThan(seen);
  const text = (await smsTo(centralUrl, phone))[seen]!;
  const code = /Код (\d{4,10}) /.exec(text)?.[1];
  if (!code) throw new Error('no code in the SMS');
  return code;
}
