// A real SMTP server in the test process (smtp-server, from the delivery tests) that the central
// mails through, read like a mailbox: wait for the next message to an address, take its link.
import { expect } from '@playwright/test';

import { findPart, parseMime } from '../../server/delivery/support/mime.js';
import {
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../server/delivery/support/smtp-test-server.js';

export interface ReceivedLetter {
  subject: string;
  text: string;
  html: string;
}

export interface Mailbox {
  /** smtp://user:password@127.0.0.1:port for the central's KABINET_SMTP_URL. */
  url: string;
  /** Letters received for `address` so far, oldest first. */
  lettersTo(address: string): ReceivedLetter[];
  /** Waits for the letter to `address` after the `seen` earlier ones. */
  nextLetter(address: string, seen: number): Promise<ReceivedLetter>;
  close(): Promise<void>;
}

function read(raw: string): ReceivedLetter {
  const mime = parseMime(raw);
  return {
    subject: mime.headers.get('subject') ?? '',
    text: findPart(mime, 'text/plain')?.body ?? '',
    html: findPart(mime, 'text/html')?.body ?? '',
  };
}

export async function startMailbox(): Promise<Mailbox> {
  const server: TestSmtpServer = await startTestSmtpServer();
  const lettersTo = (address: string) =>
    server.received.filter((mail) => mail.to.includes(address)).map((mail) => read(mail.raw));
  return {
    url: server.url(),
    lettersTo,
    async nextLetter(address, seen) {
      await expect.poll(() => lettersTo(address).length, { timeout: 20_000 }).toBeGreaterThan(seen);
      return lettersTo(address)[seen]!;
    },
    close: () => server.close(),
  };
}

/** The first link to a page of the central's e-mail links (…/link/<kind>?token=…). */
export function linkIn(letter: ReceivedLetter): string {
  const link = /https?:\/\/[^\s"<>]+\/link\/\w+\?token=[\w.-]+/.exec(letter.text)?.[0];
  if (!link) throw new Error(`no link in the letter "${letter.subject}"`);
  return link;
}
