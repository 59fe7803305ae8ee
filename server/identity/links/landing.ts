import { HttpError } from '../../http/errors.js';
import type { LinkKind } from '../deliver.js';
import type { LinkPage } from './page.js';

/** A link's token as issued: `<request uuid>.<random base64url>`. */
export const LINK_TOKEN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[\w-]{16,128}$/i;

export const LINK_TITLES: Record<LinkKind, string> = {
  registration: 'Завершение регистрации',
  recovery: 'Восстановление пароля',
  email: 'Подтверждение адреса электронной почты',
};

const LANDING: Record<LinkKind, { text: string; submit: string }> = {
  registration: {
    text: 'Чтобы завершить регистрацию в Едином личном кабинете, нажмите кнопку.',
    submit: 'Завершить регистрацию',
  },
  recovery: {
    text: 'Чтобы задать новый пароль для входа в Единый личный кабинет, нажмите кнопку.',
    submit: 'Задать новый пароль',
  },
  email: {
    text: 'Чтобы подтвердить новый адрес электронной почты в Едином личном кабинете, нажмите кнопку.',
    submit: 'Подтвердить адрес',
  },
};

/** A page that explains what went wrong and what to do, with the error's status. */
export function errorPage(kind: LinkKind, error: HttpError): LinkPage {
  return {
    status: error.statusCode,
    title: LINK_TITLES[kind],
    paragraphs: ['Ссылка не сработала.', error.message],
  };
}

const damaged = (kind: LinkKind): LinkPage => ({
  status: 400,
  title: LINK_TITLES[kind],
  paragraphs: [
    'Ссылка повреждена или неполная.',
    'Скопируйте ссылку из письма целиком и откройте её снова, или запросите новое письмо.',
  ],
});

/**
 * What opening the link shows: a button that posts the token. Opening alone changes nothing,
 * so mail scanners that fetch links do not use them up.
 */
export function landingPage(kind: LinkKind, token: unknown): LinkPage {
  if (typeof token !== 'string' || !LINK_TOKEN.test(token)) return damaged(kind);
  return {
    status: 200,
    title: LINK_TITLES[kind],
    paragraphs: [LANDING[kind].text],
    form: { action: `/link/${kind}`, hidden: { token }, submit: LANDING[kind].submit },
  };
}

/** The token of a posted form, or the damaged-link page. */
export function postedToken(kind: LinkKind, body: Record<string, string>): string | LinkPage {
  const token = body.token;
  return typeof token === 'string' && LINK_TOKEN.test(token) ? token : damaged(kind);
}

/** Runs a page action; an HttpError becomes the error page, anything else propagates. */
export async function pageOrError(
  kind: LinkKind,
  action: () => Promise<LinkPage>,
): Promise<LinkPage> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof HttpError) return errorPage(kind, error);
    throw error;
  }
}
