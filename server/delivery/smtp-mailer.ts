import nodemailer from 'nodemailer';

import { logDelivery } from './delivery-log.js';
import {
  deliveryFailure,
  type DeliveryFailureCode,
  type DeliveryLog,
  type Mailer,
  type MailMessage,
  type Sent,
} from './types.js';

export interface SmtpMailerOptions {
  /** smtp://user:pass@host:port (STARTTLS when offered) or smtps:// (TLS from the start). */
  url: string;
  /** The From header. */
  from: string;
  log: DeliveryLog;
  /** Connection, greeting and socket timeouts; default 10 s, 10 s, 20 s. */
  timeouts?: { connectionMs?: number; greetingMs?: number; socketMs?: number };
}

/** Nodemailer's error codes (and the SMTP reply code) → our stable failure codes. */
export function smtpFailureCode(error: unknown): DeliveryFailureCode {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const reply = typeof responseCode === 'number' ? responseCode : 0;
  if (code === 'EAUTH' || code === 'ENOAUTH') return 'provider_auth';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (reply >= 400 && reply < 500) return 'provider_unavailable';
  if (code === 'EENVELOPE') return reply >= 500 ? 'invalid_recipient' : 'provider_error';
  if (code === 'EMESSAGE') return 'message_rejected';
  if (['ECONNECTION', 'ESOCKET', 'EDNS', 'ETLS', 'ECONNREFUSED'].includes(String(code))) {
    return 'provider_unavailable';
  }
  return 'provider_error';
}

/**
 * Host, port, TLS and credentials from an smtp(s):// URL. (Nodemailer's own `url` option would
 * drop every other option, the timeouts among them.)
 */
export function smtpConnection(url: string) {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'smtps:';
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    secure,
    ...(parsed.username
      ? {
          auth: {
            user: decodeURIComponent(parsed.username),
            pass: decodeURIComponent(parsed.password),
          },
        }
      : {}),
  };
}

/**
 * The real mailer: SMTP through nodemailer, one connection per message (codes and links are few).
 * Failures come back as values; the log gets the outcome and the SMTP reply code, never the
 * server's reply text (it may quote the address) nor the message.
 */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const transport = nodemailer.createTransport({
    ...smtpConnection(options.url),
    connectionTimeout: options.timeouts?.connectionMs ?? 10_000,
    greetingTimeout: options.timeouts?.greetingMs ?? 10_000,
    socketTimeout: options.timeouts?.socketMs ?? 20_000,
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
  });
  return {
    kind: 'smtp',
    async send(message: MailMessage): Promise<Sent<{ messageId: string }>> {
      let outcome: Sent<{ messageId: string }>;
      let providerStatus: number | undefined;
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
        outcome = { ok: true, messageId: String(info.messageId) };
      } catch (error) {
        const reply = (error as { responseCode?: unknown } | null)?.responseCode;
        providerStatus = typeof reply === 'number' ? reply : undefined;
        outcome = deliveryFailure(smtpFailureCode(error));
      }
      logDelivery(
        options.log,
        { channel: 'email', adapter: 'smtp', to: message.to, providerStatus },
        outcome,
      );
      return outcome;
    },
    async close() {
      transport.close();
    },
  };
}
