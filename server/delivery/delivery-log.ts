import { maskRecipient } from '../../shared/domain/identity.js';
import type { DeliveryLog, Sent } from './types.js';

/**
 * Logs a send's outcome: channel, adapter, the masked recipient, the provider's id or the failure
 * code and the provider's numeric status. Never the text, subject, codes or links.
 */
export function logDelivery(
  log: DeliveryLog,
  what: { channel: 'email' | 'sms'; adapter: string; to: string; providerStatus?: number },
  outcome: Sent<{ messageId?: string; providerId?: string }>,
): void {
  const base = {
    channel: what.channel,
    adapter: what.adapter,
    recipient: maskRecipient(what.to),
    ...(what.providerStatus === undefined ? {} : { providerStatus: what.providerStatus }),
  };
  if (outcome.ok) {
    log.info({ ...base, id: outcome.messageId ?? outcome.providerId }, 'message sent');
  } else {
    log.warn(
      { ...base, failure: outcome.code, retryable: outcome.retryable },
      'message not delivered',
    );
  }
}
