// @vitest-environment node
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';

import { checkedLink, escapeHtml } from '../../../server/delivery/templates/html.js';
import {
  emailChangeLinkMail,
  type LinkMailInput,
  recoveryLinkMail,
  registrationLinkMail,
} from '../../../server/delivery/templates/mail.js';
import {
  phoneChangeCodeSms,
  recoveryCodeSms,
  registrationCodeSms,
} from '../../../server/delivery/templates/sms.js';

const window = new Window();
afterAll(() => window.happyDOM.close());

function parseHtml(html: string) {
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const input: LinkMailInput = {
  to: 'ivanov@mail.example',
  link: 'https://lk.example.ru/link/registration?token=0b6f3c1e-8f0a-4f57-9a43-1f1f6c5b8a11.Zm9v&x="<b>"',
  login: 'ivanov',
  validMinutes: 10,
};

/** Strings made of the characters that matter to HTML, and some ordinary ones. */
const markup = fc.string({
  maxLength: 40,
  unit: fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ';', ' ', 'a', 'я', '1', '!', '-'),
});

const mails = [
  [
    'registration',
    registrationLinkMail,
    'Завершение регистрации в Едином личном кабинете',
    'Завершить регистрацию',
  ],
  [
    'e-mail change',
    emailChangeLinkMail,
    'Подтверждение адреса электронной почты в Едином личном кабинете',
    'Подтвердить адрес',
  ],
  [
    'recovery',
    recoveryLinkMail,
    'Восстановление пароля в Едином личном кабинете',
    'Задать новый пароль',
  ],
] as const;

describe('e-mail templates', () => {
  it.each(mails)(
    '%s: Russian subject, text and HTML with the link, its lifetime and the login',
    (_name, make, subject, button) => {
      const mail = make(input);
      const link = new URL(input.link).toString();
      expect(mail.subject).toBe(subject);
      expect(mail.text).toContain(link);
      expect(mail.text).toContain('Ссылка действует 10 мин. и только один раз.');
      expect(mail.text).toContain('логин');
      expect(mail.text).toContain('ivanov');
      expect(mail.text).toContain('Единый личный кабинет');
      const doc = parseHtml(mail.html);
      expect(doc.documentElement.getAttribute('lang')).toBe('ru');
      const anchors = [...doc.querySelectorAll('a')];
      expect(anchors.map((a) => a.getAttribute('href'))).toEqual([link, link]);
      expect(anchors[0]!.textContent).toBe(button);
      expect(doc.body.textContent).toContain('Единый личный кабинет');
      expect(mail.html).not.toMatch(/<img|url\(|<script/i);
    },
  );

  it('matches the wording of Рис. 11 for registration', () => {
    expect(registrationLinkMail(input).text).toMatch(
      /Для завершения регистрации перейдите по ссылке/,
    );
  });

  it('escapes everything it puts into HTML, so no input can add markup', () => {
    fc.assert(
      fc.property(
        markup,
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        (login, link) => {
          const mail = recoveryLinkMail({ to: 'a@b.example', link, login, validMinutes: 10 });
          const doc = parseHtml(mail.html);
          expect(doc.querySelectorAll('script, img, iframe, style').length).toBe(0);
          const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
          expect(hrefs).toEqual([new URL(link).toString(), new URL(link).toString()]);
          expect(doc.body.textContent).toContain(`с логином ${login} запрошено`);
        },
      ),
      { numRuns: 100 },
    );
    expect(escapeHtml(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('refuses links that are not absolute http(s) URLs', () => {
    for (const bad of [
      'javascript:alert(1)',
      '/relative',
      'data:text/html,x',
      'ftp://x.example/',
    ]) {
      expect(() => checkedLink(bad), bad).toThrow(TypeError);
      expect(() => registrationLinkMail({ ...input, link: bad }), bad).toThrow(TypeError);
    }
  });
});

describe('SMS templates', () => {
  it.each([
    [
      registrationCodeSms,
      'Код 482913 для регистрации в Едином личном кабинете. Никому не сообщайте его.',
    ],
    [
      phoneChangeCodeSms,
      'Код 482913 для подтверждения телефона в Едином личном кабинете. Никому не сообщайте его.',
    ],
    [
      recoveryCodeSms,
      'Код 482913 для восстановления пароля в Едином личном кабинете. Никому не сообщайте его.',
    ],
  ])('%#: says what the code is for and to tell nobody', (make, text) => {
    expect(make('+79031234567', '482913')).toEqual({ to: '+79031234567', text });
  });

  it('carries digit codes only', () => {
    expect(() => registrationCodeSms('+79031234567', '12ab56')).toThrow(TypeError);
    expect(() => registrationCodeSms('+79031234567', '123')).toThrow(TypeError);
  });
});
