import type { DeliveryFailureCode } from './types.js';

const serviceDown =
  'Сервис отправки сообщений временно недоступен. Повторите позже или обратитесь в службу поддержки.';

/** Russian sentences for people, one per failure code; each says what to do next. */
export const deliveryFailureMessages: Record<DeliveryFailureCode, string> = {
  invalid_recipient:
    'Сообщение не удалось доставить. Проверьте номер телефона или адрес электронной почты.',
  recipient_blocked:
    'Сообщения на этот номер не доставляются. Укажите другой номер или выберите e-mail.',
  out_of_balance: serviceDown,
  limit_exceeded:
    'Превышен лимит сообщений на этот номер или адрес. Повторите завтра или выберите другой способ.',
  message_rejected: serviceDown,
  provider_auth: serviceDown,
  provider_unavailable: 'Сервис отправки сообщений не ответил. Повторите через несколько минут.',
  timeout: 'Сервис отправки сообщений не ответил. Повторите через несколько минут.',
  provider_error: serviceDown,
};
