/**
 * Identity rules shared by the renderer (instant messages), the main process and the central
 * service (the authority): logins, passwords, phones, e-mails, and masking for the Рис. 7 check.
 */

export const LOGIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$/;
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type LoginProblem = 'login_length' | 'login_characters';
export type PasswordProblem =
  | 'password_short'
  | 'password_long'
  | 'password_needs_letter'
  | 'password_needs_digit'
  | 'password_contains_login'
  | 'password_common';

/** Passwords people pick first; refused whatever their length (a short list, checked lower-case). */
const COMMON_PASSWORDS = new Set([
  '12345678',
  '123456789',
  '1234567890',
  'qwerty123',
  'qwertyuiop',
  'password',
  'password1',
  'пароль123',
  '11111111',
  '00000000',
  '1q2w3e4r',
  'qwerty12',
  'йцукен123',
]);

/** Problems of a login: 3–32 characters, Latin letters, digits, '.', '_' or '-', starting with a letter or digit. */
export function loginProblems(login: string): LoginProblem[] {
  const value = login.trim();
  if (value.length < 3 || value.length > 32) return ['login_length'];
  return LOGIN_PATTERN.test(value) ? [] : ['login_characters'];
}

/** Problems of a new password (length, a letter and a digit, not the login, not a common one). */
export function passwordProblems(password: string, login = ''): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push('password_short');
  if (password.length > PASSWORD_MAX_LENGTH) problems.push('password_long');
  if (!/\p{L}/u.test(password)) problems.push('password_needs_letter');
  if (!/\d/.test(password)) problems.push('password_needs_digit');
  const lowered = password.toLowerCase();
  const name = login.trim().toLowerCase();
  if (name.length >= 3 && lowered.includes(name)) problems.push('password_contains_login');
  if (COMMON_PASSWORDS.has(lowered)) problems.push('password_common');
  return problems;
}

/**
 * A Russian mobile number as stored (+79XXXXXXXXX) from what people type: "8 903 123-45-67",
 * "+7 (903) 123 45 67", "9031234567". Null when it is not a Russian mobile number.
 */
export function normalizeMobilePhone(input: string): string | null {
  const digits = input.replace(/[\s()\-.]/g, '');
  const match = /^(?:\+7|8|7)?(9\d{9})$/.exec(digits);
  return match ? `+7${match[1]}` : null;
}

/** A plausible e-mail address (one '@', a dotted domain, no spaces), lower-cased and trimmed; null otherwise. */
export function normalizeEmail(input: string): string | null {
  const value = input.trim().toLowerCase();
  if (value.length > 254) return null;
  return /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(value) ? value : null;
}

/** "Иванов Иван Иванович" → "Ив****в И. И.": enough for the owner to recognise, not for a stranger. */
export function maskPersonName(fullName: string): string {
  const [surname = '', ...rest] = fullName.trim().split(/\s+/);
  const initials = rest.map((part) => `${part.charAt(0)}.`).join(' ');
  const chars = [...surname];
  const masked =
    chars.length <= 2
      ? `${chars[0] ?? ''}*`
      : `${chars.slice(0, 2).join('')}${'*'.repeat(chars.length - 3)}${chars[chars.length - 1]}`;
  return initials ? `${masked} ${initials}` : masked;
}

/** "г. Оренбург, ул. Ленина, д. 1, кв. 11" → "г. Оренбург, ул. Л*****, д. *, кв. **": the town and abbreviations stay. */
export function maskAddress(address: string): string {
  const [town = '', ...parts] = address.split(',').map((part) => part.trim());
  const maskWord = (word: string) => {
    if (word.endsWith('.')) return word;
    const chars = [...word.replace(/\d/g, '*')];
    return /\d/.test(word) ? chars.join('') : `${chars[0] ?? ''}${'*'.repeat(chars.length - 1)}`;
  };
  const masked = parts.map((part) => part.split(/\s+/).map(maskWord).join(' '));
  return [town, ...masked].join(', ');
}

/** "+79031234567" → "+7 (903) ***-**-67"; "ivan.petrov@mail.ru" → "iv*******@mail.ru". */
export function maskRecipient(recipient: string): string {
  const phone = /^\+7(\d{3})\d{5}(\d{2})$/.exec(recipient);
  if (phone) return `+7 (${phone[1]}) ***-**-${phone[2]}`;
  const at = recipient.indexOf('@');
  if (at <= 0) return '***';
  const local = recipient.slice(0, at);
  return `${local.slice(0, 2)}${'*'.repeat(Math.max(1, local.length - 2))}${recipient.slice(at)}`;
}
