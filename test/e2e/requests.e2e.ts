// "Заявки" at a kiosk: a resident files a request by the on-screen keyboard and sees its number at
// once; an operator replies through the admin endpoint; the next sync brings the reply to the
// screen. The central service is this test's own (PGlite, demo data, an admin token).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, type Page, test } from '@playwright/test';

import { startPreview, type Preview } from '../../electron/preview/start-preview.js';
import { seedDemoData } from '../../server/demo/seed.js';
import { adminRequestListSchema } from '../../server/requests/admin-http.js';
import { type RunningCentral, startCentralService } from '../../server/start.js';
import { screenshot, signIn } from './support/account-page.js';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const BODY = 'Счётчик холодной воды не крутится. Прошу заменить.';
const CONTACT = '+79035551234';
const REPLY = 'Мастер придёт 25 марта с 9 до 13 часов.';

let dir: string;
let central: RunningCentral;
let preview: Preview;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kabinet-e2e-requests-'));
  central = await startCentralService({ pgliteDir: join(dir, 'central'), adminToken: ADMIN_TOKEN });
  await seedDemoData(central.central, { accounts: 150 });
  preview = await startPreview({
    dataDir: join(dir, 'device'),
    env: {},
    // Sync and push every 2 s, so the reply arrives while the test watches.
    overrides: { centralUrl: central.url, syncIntervalMs: 2000 },
  });
});
test.afterAll(async () => {
  await preview?.close();
  await central?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Taps one key of the on-screen keyboard, switching layout (and Shift for capitals) as needed. */
async function tapChar(page: Page, char: string): Promise<void> {
  if (char === ' ') {
    await page.getByTestId('keyboard-space').click();
    return;
  }
  const lower = char.toLowerCase();
  const key = page.locator(`[data-testid="keyboard-key"][data-char="${lower}"]`);
  if ((await key.count()) === 0) {
    for (const layout of ['ru', 'en', 'symbols']) {
      await page.getByTestId(`keyboard-layout:${layout}`).click();
      if ((await key.count()) > 0) break;
    }
  }
  if (lower !== char) await page.getByTestId('keyboard-shift').click();
  await key.click();
}

async function typeOnKeyboard(page: Page, text: string): Promise<void> {
  for (const char of text) await tapChar(page, char);
}

async function admin(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${central.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return response.json() as Promise<unknown>;
}

test('a resident files a request at a kiosk, sees its number, and the reply arrives by sync', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 1500 });
  await page.goto(preview.url);
  // The administrator enrols the kiosk (a one-time step, with a real keyboard).
  const { code } = await central.issueEnrolmentCode('kiosk', 'orenburg');
  await page.getByTestId('enrol-url').fill(central.url);
  await page.getByTestId('enrol-code').fill(code);
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('profile-badge')).toContainText('Киоск');
  await signIn(page);

  await page.getByTestId('nav-requests').click();
  await expect(page.getByTestId('requests-page')).toBeVisible();
  await expect(page.getByTestId('request-numbering')).toContainText(
    'Номер заявки формируется на этом устройстве',
  );
  await page.getByTestId('request-topic').click();
  await page
    .getByTestId('request-topic-option')
    .filter({ hasText: 'Прибор учёта: замена, поверка, неисправность' })
    .click();

  const body = page.getByTestId('request-body');
  await body.click();
  await expect(page.getByTestId('keyboard-space')).toBeVisible();
  await expect(body).toHaveAttribute('inputmode', 'none');
  await typeOnKeyboard(page, BODY);
  await expect(body).toHaveValue(BODY);
  await expect(page.getByTestId('request-body-counter')).toHaveText(
    `${BODY.length} из 2000 символов`,
  );

  const contact = page.getByTestId('request-contact');
  await contact.click();
  const prefilled = await contact.inputValue();
  for (let i = 0; i < prefilled.length; i += 1)
    await page.getByTestId('keyboard-backspace').click();
  await typeOnKeyboard(page, CONTACT);
  await expect(contact).toHaveValue(CONTACT);
  await screenshot(page, 'requests-01-kiosk-form');

  await page.getByTestId('request-submit').click();
  const number = page.getByTestId('request-number');
  await expect(number).toHaveText(/^\d+-\d{6}$/);
  const filed = (await number.innerText()).trim();
  await expect(page.getByTestId('request-accepted')).toContainText(
    `Заявка принята. Номер заявки: ${filed}`,
  );
  const row = page.getByTestId('request-row').filter({ hasText: filed });
  await expect(row.getByTestId('request-status')).toHaveText(/Ожидает отправки|Новая/);
  // What the resident sees right then: the number in view, the keyboard docked below.
  await page.screenshot({ path: 'test/artifacts/requests-02-kiosk-number.png' });

  // The push reaches the central: the request is there once, with the resident's text.
  let requestId = 0;
  await expect(async () => {
    const { requests } = adminRequestListSchema.parse(
      await admin(`/api/v1/admin/requests?number=${filed}`),
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ body: BODY, contact: CONTACT, source: 'kiosk' });
    requestId = requests[0]!.id;
  }).toPass({ timeout: 20_000 });
  await expect(row.getByTestId('request-status')).toHaveText('Новая');
  await expect(page.getByTestId('request-accepted-note')).toContainText('передана на сервер');

  await admin(`/api/v1/admin/requests/${requestId}/replies`, {
    method: 'POST',
    body: { author: 'Оператор ЕРЦ', body: REPLY, status: 'answered' },
  });
  await expect(row.getByTestId('request-reply')).toContainText(REPLY, { timeout: 20_000 });
  await expect(row.getByTestId('request-status')).toHaveText('Получен ответ');
  // A kiosk keeps no resident's text once the server has it: the list shows the topic instead.
  await expect(row).toContainText('Прибор учёта: замена, поверка, неисправность');
  await expect(row).not.toContainText(BODY);
  await page.getByTestId('keyboard-hide').click();
  await screenshot(page, 'requests-03-kiosk-reply');
});
