import type { PasswordProblem } from '../../shared/domain/identity.js';
import type { IdentityErrorCode } from '../../shared/sync/identity-http.js';

/** Russian messages of the identity API, one per stable code; each says what to do next. */
export const identityErrorMessages: Record<IdentityErrorCode, string> = {
  captcha_wrong: 'Код безопасности введён неверно. Введите код с новой картинки.',
  captcha_expired: 'Код безопасности устарел. Обновите картинку и введите новый код.',
  login_invalid:
    'Логин должен быть от 3 до 32 символов: латинские буквы, цифры, точка, дефис или подчёркивание.',
  login_taken: 'Этот логин уже занят. Придумайте другой логин.',
  password_weak: 'Пароль слишком простой. Придумайте другой пароль.',
  password_wrong: 'Текущий пароль введён неверно. Проверьте его и повторите.',
  phone_invalid: 'Укажите номер мобильного телефона в формате +7 (9XX) XXX-XX-XX.',
  email_invalid: 'Укажите адрес электронной почты в формате name@example.ru.',
  contact_taken:
    'Этот телефон или e-mail уже указан в другой учётной записи. Войдите в неё или восстановите пароль.',
  account_unknown:
    'Лицевой счёт с таким номером не найден. Проверьте номер по квитанции и повторите.',
  account_other_region:
    'Этот лицевой счёт относится к другому региону. Вернитесь и выберите регион по квитанции.',
  account_owned:
    'У этого лицевого счёта уже есть владелец в личном кабинете. Владелец может добавить счёт вам: в разделе «Настройки» → «Добавить ЛС» с его логином и паролем. Или обратитесь в центр обслуживания с документами на помещение.',
  account_already_linked: 'Этот лицевой счёт уже есть в вашем личном кабинете.',
  account_last:
    'Это единственный ваш собственный лицевой счёт: его нельзя удалить из личного кабинета.',
  code_wrong: 'Код введён неверно. Проверьте код из сообщения и повторите.',
  code_expired: 'Срок действия кода истёк. Запросите новый код.',
  code_used: 'Этот код или ссылка уже использованы. Запросите новый код.',
  code_attempts_exhausted:
    'Слишком много неверных попыток ввода кода. Начните заново, чтобы получить новый код.',
  resend_too_soon: 'Повторная отправка пока недоступна. Подождите и повторите.',
  delivery_failed: 'Сообщение не удалось отправить. Повторите через несколько минут.',
  registration_expired: 'Время на регистрацию истекло. Начните регистрацию заново.',
  step_invalid: 'Этот шаг сейчас недоступен. Обновите экран и продолжите с текущего шага.',
};

/** What each password rule asks for, in the words shown after "Пароль слишком простой". */
export const passwordProblemMessages: Record<PasswordProblem, string> = {
  password_short: 'Пароль должен быть не короче 8 символов.',
  password_long: 'Пароль должен быть не длиннее 128 символов.',
  password_needs_letter: 'Пароль должен содержать хотя бы одну букву.',
  password_needs_digit: 'Пароль должен содержать хотя бы одну цифру.',
  password_contains_login: 'Пароль не должен содержать логин.',
  password_common: 'Этот пароль слишком распространён. Придумайте другой.',
};

/** "Неверный код. Осталось попыток: 3." */
export function wrongCodeMessage(attemptsLeft: number): string {
  return `Код введён неверно. Осталось попыток: ${attemptsLeft}. Проверьте код из сообщения.`;
}

/** "Повторная отправка будет доступна через 42 с." */
export function resendTooSoonMessage(seconds: number): string {
  return `Повторная отправка будет доступна через ${seconds} с. Подождите и повторите.`;
}
