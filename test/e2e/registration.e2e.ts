// Registration (Рис. 2–11) end to end. At a KIOSK a resident registers by phone with the
// on-screen keyboard alone (the code read from the SMS sandbox) and signs in; at a COUNTER a
// resident registers by e-mail (the link taken from a real SMTP server, opened in the browser)
// while the counter's screen moves on by itself. Finally the run's logs are scanned for secrets.
import { readFileSync } from 'node:fs';

import { expect, type Page, test } from '@playwright/test';

import { answerCaptchaQuestion } from '../support/captcha-answer.js';
import { settledScreenshot as screenshot } from './support/settled-screenshot.js';
import {
  type IdentityEnvironment,
  secretsInLogs,
  startIdentityEnvironment,
} from './support/identity-environment.js';
import { linkIn } from './support/mailbox.js';
import { fillOnScreen } from './support/on-screen-keyboard.js';
import { nextSmsCode, smsTo } from './support/sms-sandbox.js';

test.describe.configure({ mode: 'serial' });

const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
const COUNTER_VIEWPORT = { width: 1280, height: 800 };
const PHONE = '+79990001101';
const EMAIL = 'counter.resident@example.ru';
const PASSWORD_KIOSK = 'Kiosk-Reg-2031';
const PASSWORD_COUNTER = 'Counter-Reg-2032';

let env: IdentityEnvironment;
let accounts: string[];

test.beforeAll(async () => {
  env = await startIdentityEnvironment('registration');
  accounts = await env.ownerlessAccounts(2);
  env.secrets.add(PASSWORD_KIOSK).add(PASSWORD_COUNTER);
});
test.afterAll(async () => {
  await env?.close();
});

/** Switches the security code to its question and returns the answer a person would give. */
async function captchaAnswer(page: Page): Promise<string> {
  await page.getByTestId('captcha-alternative').click();
  return answerCaptchaQuestion(await page.getByTestId('captcha-question').innerText());
}

test('a resident registers by phone at a kiosk with the on-screen keyboard, then signs in', async ({
  page,
}) => {
  await page.setViewportSize(KIOSK_VIEWPORT);
  await page.goto(env.kiosk.url);
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
  await screenshot(page, 'registration-kiosk-01-sign-in');

  await page.getByTestId('register-link').click();
  await expect(
    page.getByTestId('region-option').filter({ hasText: 'Оренбург' }).locator('input'),
  ).toBeChecked();
  await screenshot(page, 'registration-kiosk-02-region');
  await page.getByTestId('region-submit').click();

  await fillOnScreen(page, 'registration-login', 'en', 'kiosk.resident');
  await fillOnScreen(page, 'registration-password', 'en', PASSWORD_KIOSK);
  await fillOnScreen(page, 'registration-repeat', 'en', PASSWORD_KIOSK);
  await fillOnScreen(page, 'registration-phone', 'symbols', PHONE);
  await fillOnScreen(page, 'registration-city', 'ru', 'Оренбург');
  const answer = await captchaAnswer(page);
  await fillOnScreen(page, 'captcha-answer', 'symbols', answer);
  await expect(
    page.getByTestId('password-rule').and(page.locator('[data-met="false"]')),
  ).toHaveCount(0);
  await screenshot(page, 'registration-kiosk-03-form');
  await page.getByTestId('keyboard-enter').click();

  await fillOnScreen(page, 'registration-account', 'symbols', accounts[0]!);
  await screenshot(page, 'registration-kiosk-04-account');
  await page.getByTestId('keyboard-enter').click();

  await expect(page.getByTestId('confirm-number')).toHaveText(accounts[0]!);
  await expect(page.getByTestId('confirm-owner')).toContainText('*');
  await screenshot(page, 'registration-kiosk-05-confirm');
  const seen = (await smsTo(env.central.url, PHONE)).length;
  await page.getByTestId('confirm-proceed').click();

  await expect(page.getByTestId('resend')).toBeDisabled();
  await expect(page.getByTestId('resend-countdown')).toContainText('через');
  const code = await nextSmsCode(env.central.url, PHONE, seen);
  env.secrets.add(code);
  await fillOnScreen(page, 'registration-code-code', 'symbols', code);
  await screenshot(page, 'registration-kiosk-06-code');
  await page.getByTestId('keyboard-enter').click();

  await expect(page.getByTestId('registration-done')).toBeVisible();
  await expect(page.getByTestId('email-needed')).toContainText('Настройки');
  await screenshot(page, 'registration-kiosk-07-done');
  await page.getByTestId('registration-sign-in').click();

  await fillOnScreen(page, 'sign-in-login', 'en', 'kiosk.resident');
  await fillOnScreen(page, 'sign-in-password', 'en', PASSWORD_KIOSK);
  await page.getByTestId('keyboard-enter').click();
  await expect(page.getByTestId('accounts-page')).toBeVisible();
  await expect(page.getByTestId('selected-account')).toContainText(accounts[0]!);
  await screenshot(page, 'registration-kiosk-08-signed-in');
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
});

test('a resident registers by e-mail at a counter; the link opened in the browser completes it', async ({
  page,
  context,
}) => {
  await page.setViewportSize(COUNTER_VIEWPORT);
  await page.goto(env.counter.url);
  await page.getByTestId('register-link').click();
  await page.getByTestId('region-submit').click();

  await page.getByTestId('registration-login').fill('counter.resident');
  await page.getByTestId('registration-password').fill(PASSWORD_COUNTER);
  await page.getByTestId('registration-repeat').fill(PASSWORD_COUNTER);
  await page.getByTestId('registration-variant').getByText('E-mail').click();
  await page.getByTestId('registration-email').fill(EMAIL);
  await page.getByTestId('registration-city').fill('Оренбург');
  await page.getByTestId('captcha-answer').fill(await captchaAnswer(page));
  await screenshot(page, 'registration-counter-01-form');
  await page.getByTestId('registration-submit').click();

  // The demo user's account has an owner already: the screen says how to get it added instead.
  const owned = await env.db
    .selectFrom('accounts')
    .innerJoin('user_accounts', 'user_accounts.account_id', 'accounts.id')
    .innerJoin('users', 'users.id', 'user_accounts.user_id')
    .select('accounts.number')
    .where('users.login', '=', 'demo')
    .where('user_accounts.role', '=', 'owner')
    .executeTakeFirstOrThrow();
  await page.getByTestId('registration-account').fill(owned.number);
  await page.getByTestId('account-submit').click();
  await expect(page.getByTestId('account-error')).toContainText('«Добавить ЛС»');
  await screenshot(page, 'registration-counter-02-account-owned');
  await page.getByTestId('registration-account').fill(accounts[1]!);
  await page.getByTestId('account-submit').click();
  await expect(page.getByTestId('confirm-recipient')).toContainText('@example.ru');
  await page.getByTestId('confirm-proceed').click();

  await expect(page.getByTestId('email-sent-text')).toContainText('выслана ссылка');
  await screenshot(page, 'registration-counter-03-email-sent');
  const letter = await env.mailbox.nextLetter(EMAIL, 0);
  const link = linkIn(letter);
  env.secrets.add(new URL(link).searchParams.get('token') ?? '');

  const mail = await context.newPage();
  await mail.setViewportSize(COUNTER_VIEWPORT);
  await mail.goto(link);
  await screenshot(mail, 'registration-counter-04-link-page');
  await mail.getByRole('button', { name: 'Завершить регистрацию' }).click();
  await expect(mail.getByText('Регистрация завершена')).toBeVisible();
  await screenshot(mail, 'registration-counter-05-link-done');
  await mail.close();

  await expect(page.getByTestId('registration-done')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('email-needed')).toHaveCount(0);
  await screenshot(page, 'registration-counter-06-done');
  await page.getByTestId('registration-sign-in').click();
  await page.getByTestId('sign-in-login').fill('counter.resident');
  await page.locator('#sign-in-password').fill(PASSWORD_COUNTER);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('selected-account')).toContainText(accounts[1]!);
});

test('no password, code or token of the run appears in the central or device logs', () => {
  const central = env.logFiles[0]!;
  expect(readFileSync(central, 'utf8')).toContain('/api/v1/registration');
  expect(env.secrets.size).toBeGreaterThanOrEqual(8);
  // The scan finds what is there: a path every request line of the central carries.
  expect(secretsInLogs({ ...env, secrets: new Set(['/api/v1/registration']) })).not.toEqual([]);
  expect(secretsInLogs(env)).toEqual([]);
});
