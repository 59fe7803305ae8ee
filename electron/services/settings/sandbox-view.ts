import type { z } from 'zod';

import type { sandboxMessageSchema } from '../../../shared/contract/identity-methods.js';
import type { SandboxMessageView } from '../../../shared/sync/sandbox-http.js';

export type SandboxMessage = z.infer<typeof sandboxMessageSchema>;

const URL_IN_TEXT = /https?:\/\/[^\s<>"'«»]+/g;

/**
 * The http(s) links of a message's text, in order and once each, without the punctuation that
 * ends a sentence after them ("…?token=abc." → "…?token=abc").
 */
export function linksIn(text: string): string[] {
  const found = (text.match(URL_IN_TEXT) ?? []).map((link) => link.replace(/[.,;:!?)]+$/, ''));
  return [...new Set(found)].filter((link) => URL.canParse(link));
}

/** A listing row as the viewer shows it: the text with its links picked out (HTML is dropped). */
export function toSandboxMessage(message: SandboxMessageView): SandboxMessage {
  return {
    id: message.id,
    channel: message.channel,
    recipient: message.recipient,
    subject: message.subject,
    text: message.text,
    links: linksIn(message.text),
    createdAt: message.createdAt,
  };
}
