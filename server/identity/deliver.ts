import {
  emailChangeLinkMail,
  recoveryLinkMail,
  registrationLinkMail,
} from '../delivery/templates/mail.js';
import { codeSms } from '../delivery/templates/sms.js';
import { deliveryFailureMessages } from '../delivery/messages.js';
import type { Sent } from '../delivery/types.js';
import { HttpError } from '../http/errors.js';
import type { IdentityDeps } from './deps.js';
import type { CodePurpose } from './otp-policy.js';

/** The pages e-mail links open (IDENTITY_PATHS.emailLinkPage): /link/<kind>?token=… */
export const linkKinds = ['registration', 'recovery', 'email'] as const;
export type LinkKind = (typeof linkKinds)[number];

const LINK_KIND: Record<Exclude<CodePurpose, 'phone_change'>, LinkKind> = {
  registration: 'registration',
  recovery: 'recovery',
  email_change: 'email',
};
const MAILS = {
  registration: registrationLinkMail,
  recovery: recoveryLinkMail,
  email_change: emailChangeLinkMail,
} as const;

/** The absolute address of a link page with its token. */
export function linkUrl(base: string, kind: LinkKind, token: string): string {
  const url = new URL(`/link/${kind}`, base);
  url.searchParams.set('token', token);
  return url.toString();
}

export interface SecretDelivery {
  purpose: CodePurpose;
  channel: 'sms' | 'email';
  to: string;
  /** The code (sms) or the link token (email), as issued. */
  secret: string;
  /** The login the message concerns (named in e-mails). */
  login: string;
}

/** Sends a code by SMS or a link by e-mail, in Russian; the outcome is a value, never thrown. */
export function deliverSecret(
  deps: IdentityDeps,
  message: SecretDelivery,
): Promise<Sent<Record<string, unknown>>> {
  if (message.channel === 'sms') {
    if (message.purpose === 'email_change') throw new TypeError('an e-mail is confirmed by a link');
    return deps.sms.send(codeSms(message.purpose, message.to, message.secret));
  }
  if (message.purpose === 'phone_change') throw new TypeError('a phone change is confirmed by SMS');
  const link = linkUrl(deps.linkBase, LINK_KIND[message.purpose], message.secret);
  const mail = MAILS[message.purpose]({
    to: message.to,
    link,
    login: message.login,
    validMinutes: deps.policy.ttlMinutes,
  });
  return deps.mailer.send(mail);
}

/**
 * Sends and waits: a failure becomes delivery_failed (502) with the adapter's Russian advice.
 * @throws HttpError delivery_failed.
 */
export async function deliverOrFail(deps: IdentityDeps, message: SecretDelivery): Promise<void> {
  const sent = await deliverSecret(deps, message);
  if (!sent.ok) throw new HttpError(502, 'delivery_failed', deliveryFailureMessages[sent.code]);
}
