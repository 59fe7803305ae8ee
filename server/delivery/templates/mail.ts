import type { MailMessage } from '../types.js';
import { renderHtml, renderText } from './html.js';

/** What every link e-mail needs: the link, its lifetime and the login it concerns. */
export interface LinkMailInput {
  to: string;
  link: string;
  login: string;
  validMinutes: number;
}

/** The wording of each link e-mail: why it came, the button, what to do if it was not you. */
const LINK_MAILS = {
  /** Рис. 11: the link that completes a registration by e-mail. */
  registration: {
    subject: 'Завершение регистрации в Едином личном кабинете',
    why: (login: string) =>
      `Этот адрес указан при регистрации в Едином личном кабинете (логин ${login}). Для завершения регистрации перейдите по ссылке.`,
    button: 'Завершить регистрацию',
    notYou:
      'Если вы не регистрировались, просто удалите это письмо: без перехода по ссылке регистрация не будет завершена.',
  },
  /** Settings (Рис. 31): the link that confirms a new e-mail address. */
  email_change: {
    subject: 'Подтверждение адреса электронной почты в Едином личном кабинете',
    why: (login: string) =>
      `Этот адрес указан как новый адрес электронной почты в Едином личном кабинете (логин ${login}). Чтобы подтвердить его, перейдите по ссылке.`,
    button: 'Подтвердить адрес',
    notYou: 'Если вы не меняли адрес, не переходите по ссылке: адрес в кабинете останется прежним.',
  },
  /** Рис. 36–39: the link that opens the change-password window. */
  recovery: {
    subject: 'Восстановление пароля в Едином личном кабинете',
    why: (login: string) =>
      `Для учётной записи с логином ${login} запрошено восстановление пароля. Чтобы задать новый пароль, перейдите по ссылке.`,
    button: 'Задать новый пароль',
    notYou: 'Если вы не запрашивали восстановление, ничего не делайте: пароль останется прежним.',
  },
} as const;
export type LinkMailKind = keyof typeof LINK_MAILS;

/** A link e-mail of `kind` in Russian, as plain text and as escaped HTML. */
export function linkMail(kind: LinkMailKind, input: LinkMailInput): MailMessage {
  const wording = LINK_MAILS[kind];
  const content = {
    subject: wording.subject,
    lead: ['Здравствуйте!', wording.why(input.login)],
    action: { label: wording.button, link: input.link },
    after: [`Ссылка действует ${input.validMinutes} мин. и только один раз.`, wording.notYou],
  };
  return {
    to: input.to,
    subject: content.subject,
    text: renderText(content),
    html: renderHtml(content),
  };
}

/** Рис. 11: the link that completes a registration by e-mail. */
export const registrationLinkMail = (input: LinkMailInput) => linkMail('registration', input);
/** Settings (Рис. 31): the link that confirms a new e-mail address. */
export const emailChangeLinkMail = (input: LinkMailInput) => linkMail('email_change', input);
/** Рис. 36–39: the link that opens the change-password window. */
export const recoveryLinkMail = (input: LinkMailInput) => linkMail('recovery', input);
