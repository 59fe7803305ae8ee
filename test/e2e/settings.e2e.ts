// "Настройки" at a kiosk, by the on-screen keyboard only: a resident changes the e-mail (the link
// comes through a real SMTP server in this process), the phone (the code from the central's SMS
// sandbox) and the password (then signs in with it), and adds a second account by its owner's
// login and password (demo2), then switches to it. No password, code or token reaches a log.
// Then, on the embedded default, a clerk finishes such changes with the sandbox viewer alone.
import { expect, type Page, test } from '@playwright/test';
import { sql } from 'kysely';

import { chooseAccount, screenshot, signIn } from './support/account-page.js';
import { type Embedded, startEmbedded } from './support/environment.js';
import {
  type IdentityEnvironment,
  secretsInLogs,
  startIdentityEnvironment,
} from './support/identity-environment.js';
import { linkIn } from './support/mailbox.js';
import { fillOnScreen, touchField, typeOnScreen } from './support/on-screen-keyboard.js';
import { nextSmsCode } from './support/sms-sandbox.js';

const LOGIN = 'demo';
const PASSWORD = 'Kabinet-2026';
const NEW_PASSWORD = 'Novyi-Parol-2027';
const NEW_EMAIL = 'demo.novyi@example.org';
const NEW_PHONE = '+79990001122';

let env: IdentityEnvironment;

test.beforeAll(async () => {
  env = await startIdentityEnvironment('settings');
  env.secrets.add(PASSWORD).add(NEW_PASSWORD);
});
test.afterAll(async () => {
  await env?.close();
});

/** "Готово" on the on-screen keyboard: submits the form of the field being typed in. */
const done = (page: Page) => page.getByTestId('keyboard-enter').click();

async function signInOnScreen(page: Page, password: string): Promise<void> {
  await fillOnScreen(page, 'sign-in-login', 'en', LOGIN);
  await fillOnScreen(page, 'sign-in-password', 'en', password);
  await done(page);
  await expect(page.getByTestId('accounts-page')).toBeVisible();
}

async function openSettings(page: Page): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('profile-login')).toHaveText(LOGIN);
}

test('a resident changes e-mail, phone and password and adds an account, by touch alone', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1000, height: 1500 });
  await page.goto(env.kiosk.url);
  await expect(page.getByTestId('profile-badge')).toContainText('Киоск');
  await signInOnScreen(page, PASSWORD);
  await openSettings(page);
  await expect(page.getByTestId('keyboard')).toHaveCount(0);
  await screenshot(page, 'settings-kiosk-01-profile');

  // E-mail (Рис. 30–31): a link to the new address; the page notices when it is opened.
  await page.getByTestId('open-email').click();
  await fillOnScreen(page, 'settings-email', 'en', NEW_EMAIL);
  await done(page);
  await expect(page.getByTestId('pending-email')).toContainText(
    `Ожидает подтверждения: ${NEW_EMAIL}`,
  );
  await screenshot(page, 'settings-kiosk-02-email-pending');
  const letter = await env.mailbox.nextLetter(NEW_EMAIL, 0);
  const link = linkIn(letter);
  env.secrets.add(new URL(link).searchParams.get('token') ?? '');
  const browser = await context.newPage();
  await browser.goto(link);
  await browser.getByRole('button').click();
  await expect(browser.locator('h1')).toBeVisible();
  await expect(browser.locator('main')).toContainText(`Адрес ${NEW_EMAIL} подтверждён`);
  await browser.close();
  await expect(page.getByTestId('profile-email')).toHaveText(NEW_EMAIL, { timeout: 20_000 });
  await expect(page.getByTestId('settings-notice')).toContainText('подтверждён');

  // Phone: a code by SMS to the new number, entered on the digits layout.
  await page.getByTestId('open-phone').click();
  await fillOnScreen(page, 'settings-phone', 'symbols', NEW_PHONE);
  await done(page);
  await expect(page.getByTestId('phone-code-sent')).toContainText('+7 (999) ***-**-22');
  await expect(page.getByTestId('resend')).toBeDisabled();
  await expect(page.getByTestId('resend-countdown')).toContainText('Повторная отправка');
  const code = await nextSmsCode(env.central.url, NEW_PHONE, 0);
  env.secrets.add(code);
  await touchField(page, 'settings-code-code', 'symbols');
  await typeOnScreen(page, code);
  await screenshot(page, 'settings-kiosk-03-phone-code');
  await done(page);
  await expect(page.getByTestId('profile-phone')).toHaveText('+7 (999) 000 11 22');

  // Password (Рис. 29): the session continues with a rotated token.
  await page.getByTestId('open-password').click();
  await fillOnScreen(page, 'settings-current-password', 'en', PASSWORD);
  await fillOnScreen(page, 'settings-new-password', 'en', NEW_PASSWORD);
  await fillOnScreen(page, 'settings-new-repeat', 'en', NEW_PASSWORD);
  await expect(page.locator('[data-testid="password-rule"][data-met="false"]')).toHaveCount(0);
  await screenshot(page, 'settings-kiosk-04-password');
  await done(page);
  await expect(page.getByTestId('settings-notice')).toContainText('Пароль изменён');
  await page.getByTestId('nav-accounts').click();
  await expect(page.getByTestId('accounts-page')).toBeVisible();
  await openSettings(page);
  await page.getByTestId('settings-sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await signInOnScreen(page, NEW_PASSWORD);

  // "Добавить ЛС" (Рис. 34) by demo2's login and password; the account joins the switcher.
  const demo2 = await sql<{ number: string }>`
    SELECT a.number FROM accounts a JOIN user_accounts ua ON ua.account_id = a.id
    JOIN users u ON u.id = ua.user_id WHERE u.login = 'demo2' AND ua.role = 'owner'`.execute(
    env.db,
  );
  const number = demo2.rows[0]!.number;
  await openSettings(page);
  await page.getByTestId('open-account').click();
  await fillOnScreen(page, 'owner-login', 'en', 'demo2');
  await fillOnScreen(page, 'owner-password', 'en', PASSWORD);
  await done(page);
  await expect(page.getByTestId('settings-notice')).toContainText(`№ ${number}`);
  await expect(
    page.locator(`[data-testid="linked-account"][data-number="${number}"]`),
  ).toContainText('Добавлен по логину владельца');
  await screenshot(page, 'settings-kiosk-05-accounts');
  await page.getByTestId('nav-accounts').click();
  await chooseAccount(page, number);
  await expect(page.getByTestId('region-block-name')).toContainText('Тюменская область');
  await screenshot(page, 'settings-kiosk-06-added-account');

  const user = await env.db
    .selectFrom('users')
    .select(['email', 'phone'])
    .where('login', '=', LOGIN)
    .executeTakeFirstOrThrow();
  expect(user).toEqual({ email: NEW_EMAIL, phone: NEW_PHONE });
  expect(secretsInLogs(env)).toEqual([]);
});

test.describe('the sandbox viewer of the embedded default', () => {
  let embedded: Embedded;
  test.beforeAll(async () => {
    embedded = await startEmbedded('counter');
  });
  test.afterAll(async () => {
    await embedded?.close();
  });

  test('a clerk finishes a phone and an e-mail change with the code and link it shows', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await page.goto(embedded.preview.url);
    await signIn(page);
    await openSettings(page);
    await screenshot(page, 'settings-counter-01-profile');

    await page.getByTestId('open-phone').click();
    await page.getByTestId('settings-phone').fill('8 999 000-33-44');
    await page.getByTestId('phone-submit').click();
    await expect(page.getByTestId('phone-code-sent')).toContainText('***-**-44');
    await page.getByTestId('settings-sandbox-link').click();
    const sms = page.locator('[data-testid="sandbox-message"][data-recipient="+79990003344"]');
    await expect(sms).toHaveCount(1);
    await screenshot(page, 'settings-counter-02-sandbox');
    const code = /Код (\d+)/.exec(await sms.getByTestId('sandbox-text').innerText())?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await page.getByTestId('sandbox-back').click();
    // The change waited while the clerk read the code.
    await page.getByTestId('settings-code-code').fill(code);
    await page.getByTestId('settings-code-submit').click();
    await expect(page.getByTestId('profile-phone')).toHaveText('+7 (999) 000 33 44');

    await page.getByTestId('open-email').click();
    await page.getByTestId('settings-email').fill('clerk.check@example.org');
    await page.getByTestId('email-submit').click();
    await expect(page.getByTestId('pending-email')).toBeVisible();
    await page.getByTestId('settings-sandbox-link').click();
    const mail = page.locator(
      '[data-testid="sandbox-message"][data-recipient="clerk.check@example.org"]',
    );
    const opened = context.waitForEvent('page');
    await mail.getByTestId('sandbox-link-open').click();
    const linkPage = await opened;
    await linkPage.getByRole('button').click();
    await expect(linkPage.locator('main')).toContainText('подтверждён');
    await linkPage.close();
    await page.getByTestId('sandbox-back').click();
    await expect(page.getByTestId('profile-email')).toHaveText('clerk.check@example.org', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('settings-notice')).toHaveText(
      'Адрес clerk.check@example.org подтверждён.',
    );
    await screenshot(page, 'settings-counter-03-changed');
  });
});
