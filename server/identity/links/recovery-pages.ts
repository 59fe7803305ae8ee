import { HttpError } from '../../http/errors.js';
import type { IdentityDeps } from '../deps.js';
import { openRecoveryLink } from '../recovery/verify.js';
import { checkRecoveryForm, setRecoveredPasswordByForm } from '../recovery/password.js';
import { pageOrError, postedToken } from './landing.js';
import type { LinkPage } from './page.js';

const RULES = [
  'не короче 8 символов;',
  'хотя бы одна буква и одна цифра;',
  'не содержит логин и не из числа распространённых паролей.',
];

/** "Изменение пароля" (Рис. 39): the login, the new password twice and the rules. */
function passwordForm(
  login: string,
  hidden: { recoveryId: string; formSecret: string },
  problem?: string,
): LinkPage {
  return {
    status: problem ? 400 : 200,
    title: 'Изменение пароля',
    paragraphs: [`Логин: ${login}`, 'Придумайте новый пароль и введите его дважды.'],
    ...(problem ? { problem } : {}),
    form: {
      action: '/link/recovery',
      hidden,
      passwords: { password: 'Новый пароль', repeat: 'Повторите пароль' },
      rules: RULES,
      submit: 'Продолжить',
    },
  };
}

/** The posted password form: a mismatch or a refused password shows the form again. */
async function submitPassword(deps: IdentityDeps, body: Record<string, string>): Promise<LinkPage> {
  const hidden = { recoveryId: body.recoveryId ?? '', formSecret: body.formSecret ?? '' };
  const password = body.password ?? '';
  const { login } = await checkRecoveryForm(deps, hidden.recoveryId, hidden.formSecret);
  if (password !== (body.repeat ?? '')) {
    return passwordForm(login, hidden, 'Пароли не совпадают. Введите новый пароль дважды.');
  }
  try {
    await setRecoveredPasswordByForm(deps, hidden.recoveryId, hidden.formSecret, password);
  } catch (error) {
    if (error instanceof HttpError && error.code === 'password_weak') {
      return passwordForm(login, hidden, error.message);
    }
    throw error;
  }
  return {
    status: 200,
    title: 'Пароль изменён',
    paragraphs: [
      `Пароль для логина ${login} изменён.`,
      'Войдите в Единый личный кабинет с новым паролем.',
    ],
  };
}

/**
 * The recovery link's posts: the token (the link confirmed → the password form), then the
 * password form itself (→ done).
 */
export function recoveryAction(
  deps: IdentityDeps,
  body: Record<string, string>,
): Promise<LinkPage> {
  return pageOrError('recovery', async () => {
    if (body.formSecret !== undefined) return submitPassword(deps, body);
    const token = postedToken('recovery', body);
    if (typeof token !== 'string') return token;
    const { state, formSecret } = await openRecoveryLink(deps, token);
    return passwordForm(state.login ?? '', { recoveryId: state.recoveryId, formSecret });
  });
}
