// Password recovery (Рис. 36–39) end to end. At a KIOSK by phone with the on-screen keyboard
// alone (the code read from the SMS sandbox), at a COUNTER by e-mail (the link from a real SMTP
// server opens the central's page, where the new password is set, while the counter's screen
// follows); each time the resident then signs in with the new password. An unknown number gets
// the very same answer and no SMS. Finally the run's logs are scanned for secrets.
import { readFileSync } from 'node:fs';

import { expect, type Page, test } from '@playwright/test';
import { sql } from 'kysely';

import { answerCaptchaQuestion } from '../support/captcha-answer.js';
import {
  type IdentityEnvironment,
  secretsInLogs,
  startIdentityEnvironment,
} from './support/identity-environment.js';
import { linkIn } from './support/mailbox.js';
import { fillOnScreen } from './support/on-screen-keyboard.js';
import { settledScreenshot as screenshot } from './support/settled-screenshot.js';
import { nextSmsCode, smsTo } from './support/sms-sandbox.js';

test.describe.configure({ mode: 'serial' });

const KIOSK_VIEWPORT = { width: 1080, height: 1920 };
const COUNTER_VIEWPORT = { width: 1280, height: 800 };
const BY_PHONE = 'Phone-New-2041';
const BY_EMAIL = 'Email-New-2042';
const UNKNOWN_PHONE = '+79990009999';

let env: IdentityEnvironment;

test.beforeAll(async () => {
  env = await startIdentityEnvironment('recovery');
  env.secrets.add(BY_PHONE).add(BY_EMAIL).add('Kabinet-2026');
});
test.afterAll(async () => {
  await env?.close();
});

/** A demo resident whose phone (or e-mail) belongs to nobody else. */
async function residentWith(
  column: 'phone' | 'email',
): Promise<{ login: string; contact: string }> {
  const rows = await sql<{ login: string; contact: string }>`
    SELECT min(login) AS login, ${sql.ref(column)} AS contact FROM users
    WHERE ${sql.ref(column)} IS NOT NULL GROUP BY ${sql.ref(column)}
    HAVING count(*) = 1 ORDER BY min(id) LIMIT 1`.execute(env.db);
  return rows.rows[0]!;
}

async function captchaAnswer(page: Page): Promise<string> {
  await page.getByTestId('captcha-alternative').click();
  return answerCaptchaQuestion(await page.getByTestId('captcha-question').innerText());
}

test('a resident recovers the password by SMS at a kiosk with the on-screen keyboard', async ({
  page,
}) => {
  const resident = await residentWith('phone');
  await page.setViewportSize(KIOSK_VIEWPORT);
  await page.goto(env.kiosk.url);
  await page.getByTestId('recover-link').click();
  await fillOnScreen(page, 'recovery-phone', 'symbols', resident.contact);
  await fillOnScreen(page, 'captcha-answer', 'symbols', await captchaAnswer(page));
  await screenshot(page, 'recovery-kiosk-01-start');
  const seen = (await smsTo(env.central.url, resident.contact)).length;
  await page.getByTestId('keyboard-enter').click();

  await expect(page.getByTestId('recovery-sent-text')).toContainText(
    'Если этот номер зарегистрирован',
  );
  const code = await nextSmsCode(env.central.url, resident.contact, seen);
  env.secrets.add(code);
  await fillOnScreen(page, 'recovery-code-code', 'symbols', code);
  await screenshot(page, 'recovery-kiosk-02-code');
  await page.getByTestId('keyboard-enter').click();

  await expect(page.getByTestId('recovery-login')).toHaveValue(resident.login);
  await fillOnScreen(page, 'recovery-new-password', 'en', BY_PHONE);
  await fillOnScreen(page, 'recovery-new-repeat', 'en', BY_PHONE);
  await screenshot(page, 'recovery-kiosk-03-new-password');
  await page.getByTestId('keyboard-enter').click();

  await expect(page.getByTestId('recovery-done')).toBeVisible();
  await screenshot(page, 'recovery-kiosk-04-done');
  await page.getByTestId('recovery-sign-in').click();
  await fillOnScreen(page, 'sign-in-login', 'en', resident.login);
  await fillOnScreen(page, 'sign-in-password', 'en', BY_PHONE);
  await page.getByTestId('keyboard-enter').click();
  await expect(page.getByTestId('accounts-page')).toBeVisible();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-form')).toBeVisible();
});

test('an unknown number gets the same answer as a registered one, and no SMS', async ({ page }) => {
  await page.setViewportSize(COUNTER_VIEWPORT);
  await page.goto(env.counter.url);
  await page.getByTestId('recover-link').click();
  await page.getByTestId('recovery-phone').fill(UNKNOWN_PHONE);
  await page.getByTestId('captcha-answer').fill(await captchaAnswer(page));
  await page.getByTestId('recovery-submit').click();
  await expect(page.getByTestId('recovery-sent-text')).toContainText(
    'Если этот номер зарегистрирован, мы отправили на него SMS с кодом: +7 (999) ***-**-99.',
  );
  await expect(page.getByTestId('resend-countdown')).toBeVisible();
  await page.getByTestId('recovery-code-code').fill('123456');
  await page.getByTestId('recovery-code-submit').click();
  await expect(page.getByTestId('recovery-code-error')).toContainText('Код введён неверно');
  await screenshot(page, 'recovery-counter-01-unknown-number');
  expect(await smsTo(env.central.url, UNKNOWN_PHONE)).toEqual([]);
});

test('a resident recovers the password by e-mail at a counter; the page of the link sets it', async ({
  page,
  context,
}) => {
  const resident = { login: 'demo', contact: 'demo@example.com' };
  await page.setViewportSize(COUNTER_VIEWPORT);
  await page.goto(env.counter.url);
  await page.getByTestId('recover-link').click();
  await page.getByTestId('recovery-method').getByText('E-mail').click();
  await page.getByTestId('recovery-email').fill(resident.contact);
  await page.getByTestId('captcha-answer').fill(await captchaAnswer(page));
  await screenshot(page, 'recovery-counter-02-start-email');
  await page.getByTestId('recovery-submit').click();
  await expect(page.getByTestId('recovery-link-sent-text')).toContainText(
    'Если этот адрес зарегистрирован',
  );
  await screenshot(page, 'recovery-counter-03-email-sent');

  const link = linkIn(await env.mailbox.nextLetter(resident.contact, 0));
  env.secrets.add(new URL(link).searchParams.get('token') ?? '');
  const mail = await context.newPage();
  await mail.setViewportSize(COUNTER_VIEWPORT);
  await mail.goto(link);
  await mail.getByRole('button', { name: 'Задать новый пароль' }).click();
  await expect(mail.getByText(`Логин: ${resident.login}`)).toBeVisible();
  await mail.getByLabel('Новый пароль').fill(BY_EMAIL);
  await mail.getByLabel('Повторите пароль').fill(BY_EMAIL);
  await screenshot(mail, 'recovery-counter-04-link-form');
  await mail.getByRole('button', { name: 'Продолжить' }).click();
  await expect(mail.getByText('Пароль изменён')).toBeVisible();
  await mail.close();

  await expect(page.getByTestId('recovery-done')).toBeVisible({ timeout: 15_000 });
  await screenshot(page, 'recovery-counter-05-done');
  await page.getByTestId('recovery-sign-in').click();
  await page.getByTestId('sign-in-login').fill(resident.login);
  await page.locator('#sign-in-password').fill('Kabinet-2026');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toBeVisible();
  await page.locator('#sign-in-password').fill(BY_EMAIL);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('accounts-page')).toBeVisible();
});

test('no password, code or token of the run appears in the central or device logs', () => {
  expect(readFileSync(env.logFiles[0]!, 'utf8')).toContain('/api/v1/recovery');
  // The scan finds what is there: a path every request line of the central carries.
  expect(secretsInLogs({ ...env, secrets: new Set(['/api/v1/recovery']) })).not.toEqual([]);
  expect(secretsInLogs(env)).toEqual([]);
});
