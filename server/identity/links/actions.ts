import type { IdentityDeps } from '../deps.js';
import type { LinkKind } from '../deliver.js';
import { completeRegistrationByLink } from '../registration/complete.js';
import { confirmEmailByLink } from '../settings/change-email.js';
import { LINK_TITLES, pageOrError, postedToken } from './landing.js';
import type { LinkPage } from './page.js';
import { recoveryAction } from './recovery-pages.js';

/** Рис. 9 on the link's page. */
function registrationAction(deps: IdentityDeps, body: Record<string, string>): Promise<LinkPage> {
  return pageOrError('registration', async () => {
    const token = postedToken('registration', body);
    if (typeof token !== 'string') return token;
    const state = await completeRegistrationByLink(deps, token);
    return {
      status: 200,
      title: 'Регистрация завершена',
      paragraphs: [
        `Регистрация в Едином личном кабинете завершена. Ваш логин: ${state.login}.`,
        'Войдите в личный кабинет с этим логином и паролем, указанным при регистрации.',
      ],
    };
  });
}

function emailAction(deps: IdentityDeps, body: Record<string, string>): Promise<LinkPage> {
  return pageOrError('email', async () => {
    const token = postedToken('email', body);
    if (typeof token !== 'string') return token;
    const { email } = await confirmEmailByLink(deps, token);
    return {
      status: 200,
      title: LINK_TITLES.email,
      paragraphs: [
        `Адрес ${email} подтверждён.`,
        'Теперь на него будут приходить письма Единого личного кабинета.',
      ],
    };
  });
}

/** What a posted link page does, by its kind. */
export function linkAction(
  deps: IdentityDeps,
  kind: LinkKind,
  body: Record<string, string>,
): Promise<LinkPage> {
  if (kind === 'registration') return registrationAction(deps, body);
  if (kind === 'email') return emailAction(deps, body);
  return recoveryAction(deps, body);
}
