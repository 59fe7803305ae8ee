import type { centralErrorCodes } from '../../shared/sync/http.js';
import type { IdentityErrorCode } from '../../shared/sync/identity-http.js';
import { identityErrorMessages } from '../identity/messages.js';

/** The codes of shared/sync/http.ts and of the identity API (shared/sync/identity-http.ts). */
export type CentralErrorCode = (typeof centralErrorCodes)[number] | IdentityErrorCode;

/** Russian messages shown to people, one per stable code; each says what to do next. */
export const errorMessages: Record<CentralErrorCode, string> = {
  invalid_input: 'Запрос заполнен неверно. Проверьте данные и повторите.',
  unauthorized: 'Устройство или сеанс не авторизованы. Войдите заново.',
  device_revoked: 'Устройство отключено от центрального сервиса. Обратитесь к администратору.',
  invalid_credentials: 'Неверный логин или пароль. Проверьте данные и повторите.',
  account_locked:
    'Вход временно заблокирован из-за неудачных попыток. Повторите позже или обратитесь в службу поддержки.',
  enrolment_code_invalid:
    'Код подключения не найден. Проверьте код или получите новый у администратора.',
  enrolment_code_used: 'Этот код подключения уже использован. Получите новый код у администратора.',
  enrolment_code_expired:
    'Срок действия кода подключения истёк. Получите новый код у администратора.',
  region_unknown: 'Регион не найден. Проверьте код региона.',
  not_found: 'Запрошенные данные не найдены.',
  rate_limited: 'Слишком много попыток. Подождите несколько минут и повторите.',
  admin_disabled:
    'Администрирование через API отключено (admin disabled): задайте KABINET_ADMIN_TOKEN на сервере.',
  sequence_gap:
    'Пропущены изменения из очереди устройства. Отправьте очередь заново, начиная с первого неподтверждённого.',
  sequence_conflict:
    'Номер изменения уже занят другим изменением этого устройства. Сверьте очередь с сервисом и отправьте заново.',
  period_already_closed:
    'Этот расчётный период уже закрыт: начисления за него есть. Повторное закрытие невозможно.',
  period_not_ended:
    'Расчётный период ещё не закончился по времени региона. Закройте его после окончания месяца.',
  period_out_of_order:
    'Периоды закрываются по порядку. Сначала закройте следующий за последним закрытым период.',
  billing_setup_incomplete:
    'Для расчёта не хватает тарифа или норматива. Загрузите недостающие данные и закройте период снова.',
  internal: 'Внутренняя ошибка сервиса. Повторите позже.',
  ...identityErrorMessages,
};

/** An error that becomes an HTTP answer with a stable code and a Russian message. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: CentralErrorCode,
    message: string = errorMessages[code],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The error body of every non-2xx answer (httpErrorSchema in shared/sync/http.ts). */
export function errorBody(code: CentralErrorCode, message: string = errorMessages[code]) {
  return { error: { code, message } };
}
