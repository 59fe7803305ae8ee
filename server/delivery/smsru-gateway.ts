import { logDelivery } from './delivery-log.js';
import { smsRuFailureCode, smsRuSendAnswerSchema } from './smsru-status.js';
import {
  deliveryFailure,
  type DeliveryLog,
  type Sent,
  type SmsGateway,
  type SmsMessage,
} from './types.js';

export interface SmsRuOptions {
  apiId: string;
  /** https://sms.ru, or a local server speaking its protocol in tests. */
  baseUrl: string;
  log: DeliveryLog;
  fetch?: typeof fetch;
  /** Whole-request limit; default 10 s. */
  timeoutMs?: number;
}

type Outcome = { sent: Sent<{ providerId: string }>; status?: number; balance?: number };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Reads SMS.ru's answer for one number: the request's status first, then the number's. */
async function readAnswer(response: Response, number: string): Promise<Outcome> {
  if (response.status >= 500) return { sent: deliveryFailure('provider_unavailable') };
  if (!response.ok) return { sent: deliveryFailure('provider_error'), status: response.status };
  // Read the body outside any catch: a timeout while reading must surface as a timeout.
  const body = await response.text();
  const parsed = smsRuSendAnswerSchema.safeParse(parseJson(body));
  if (!parsed.success) return { sent: deliveryFailure('provider_error') };
  const answer = parsed.data;
  const balance = answer.balance;
  if (answer.status !== 'OK' || answer.status_code !== 100) {
    return {
      sent: deliveryFailure(smsRuFailureCode(answer.status_code)),
      status: answer.status_code,
      balance,
    };
  }
  const entry = answer.sms?.[number];
  if (!entry) return { sent: deliveryFailure('provider_error'), balance };
  if (entry.status === 'OK' && entry.status_code === 100 && entry.sms_id) {
    return { sent: { ok: true, providerId: entry.sms_id }, status: 100, balance };
  }
  return {
    sent: deliveryFailure(smsRuFailureCode(entry.status_code)),
    status: entry.status_code,
    balance,
  };
}

/**
 * The real SMS gateway: SMS.ru's HTTP API (POST {baseUrl}/sms/send, form fields api_id, to, msg,
 * json=1). The api_id travels in the body, never in the URL. Failures, HTTP errors and timeouts
 * come back as values; the log gets SMS.ru's status code and balance, never the text.
 */
export function createSmsRuGateway(options: SmsRuOptions): SmsGateway {
  const fetchImpl = options.fetch ?? fetch;
  const endpoint = `${options.baseUrl.replace(/\/+$/, '')}/sms/send`;
  return {
    kind: 'smsru',
    async send(message: SmsMessage): Promise<Sent<{ providerId: string }>> {
      const number = message.to.replace(/^\+/, '');
      let outcome: Outcome;
      if (!/^\d{10,15}$/.test(number)) {
        outcome = { sent: deliveryFailure('invalid_recipient') };
      } else {
        try {
          const response = await fetchImpl(endpoint, {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              accept: 'application/json',
            },
            body: new URLSearchParams({
              api_id: options.apiId,
              to: number,
              msg: message.text,
              json: '1',
            }),
            signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          });
          outcome = await readAnswer(response, number);
        } catch (error) {
          const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
          outcome = { sent: deliveryFailure(timedOut ? 'timeout' : 'provider_unavailable') };
        }
      }
      if (outcome.balance !== undefined)
        options.log.info({ adapter: 'smsru', balance: outcome.balance }, 'sms.ru balance');
      logDelivery(
        options.log,
        { channel: 'sms', adapter: 'smsru', to: message.to, providerStatus: outcome.status },
        outcome.sent,
      );
      return outcome.sent;
    },
  };
}
