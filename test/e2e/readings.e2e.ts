// "Ввод показаний" end to end out of the box (embedded central, demo data). On a kiosk: the
// manual's steps 1–5 for the demo resident's three-zone meter (typed on the on-screen keyboard)
// and a single-rate meter; each reading reaches "Принято" through the outbox and shows in
// "Отчеты" as "Успешно"; "Начисления и платежи" is read for both accounts; then the embedded
// central's own tables are opened: the readings are there exactly once, the charges match.
// On a counter at 1280 wide: the same screens fit, with validation messages at the fields.
import { expect, test } from '@playwright/test';

import { nextPeriod, paymentDueDate } from '../../shared/domain/periods.js';
import { formatLongDate } from '../../renderer/format/long-dates.js';
import { offeredAccounts, screenshot, signIn } from './support/account-page.js';
import { expectedCharges, expectStoredOnce } from './support/billing-expectations.js';
import {
  allMeters,
  type Entered,
  expectFitsWidth,
  nextReading,
  openReadings,
  screenNow,
  shownCharges,
  submitAndConfirm,
  toAccount,
  typeOnKeyboard,
} from './support/billing-pages.js';
import { localToday, ruDate } from './support/central-expectations.js';
import { type Embedded, startEmbedded } from './support/environment.js';

const TIME_ZONE = 'Asia/Yekaterinburg';

test.describe('kiosk 1080×1920', () => {
  let env: Embedded;
  test.use({ viewport: { width: 1080, height: 1920 } });
  test.beforeAll(async () => {
    env = await startEmbedded('kiosk');
  });
  test.afterAll(async () => {
    await env?.close();
  });

  test('readings steps 1–5, then Отчеты and the central agree', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto(env.preview.url);
    await signIn(page);
    const numbers = await offeredAccounts(page);
    expect(numbers).toHaveLength(2);
    const all = await allMeters(page, numbers);
    const threeZone = all.find(({ meter }) => meter.zones.length === 3);
    const singles = all.filter(({ meter }) => meter.zones.join() === 'single');
    const single = singles.find(({ meter }) => meter.service === 'Электроэнергия') ?? singles[0];
    if (!threeZone || !single)
      throw new Error('the demo resident has a three-zone and a single meter');
    expect(threeZone.meter.meterText).toBe('индивидуальный Описание: Трехтарифный');
    const entered: Entered[] = [];

    // The three-zone meter, typed on the on-screen keyboard (steps 1–5).
    await toAccount(page, threeZone.account);
    await openReadings(page);
    await expect(page.getByTestId('keyboard')).toBeVisible();
    await expect(page.getByTestId('readings-window').first()).toContainText(
      /Показания принимаются|закрыт|откроется/,
    );
    await expectFitsWidth(page, 'readings-table');
    const serial3 = threeZone.meter.serial;
    await page.getByTestId(`readings-meter-${serial3}`).scrollIntoViewIfNeeded();
    await screenNow(page, 'readings-kiosk-01-table');
    const t1 = page.getByTestId(`reading-input-${serial3}-T1`);
    await typeOnKeyboard(page, t1, '1');
    await expect(page.getByTestId(`reading-problem-${serial3}-T1`)).toContainText(
      'Показание меньше предыдущего',
    );
    await screenNow(page, 'readings-kiosk-02-validation');
    await t1.fill('');
    const values3: Record<string, string> = {};
    for (const zone of ['T1', 'T2', 'T3']) {
      const value = await nextReading(page, serial3, zone);
      values3[zone] = value;
      await typeOnKeyboard(page, page.getByTestId(`reading-input-${serial3}-${zone}`), value);
      await expect(page.getByTestId(`reading-problem-${serial3}-${zone}`)).toHaveText('');
    }
    const three = { account: threeZone.account, meter: threeZone.meter, values: values3 };
    await submitAndConfirm(page, three, 'readings-kiosk-03-confirm');
    await expect(page.getByTestId(`readings-meter-${serial3}`)).toContainText(values3.T1!);
    await screenNow(page, 'readings-kiosk-04-accepted');
    entered.push(three);

    // The single-rate meter, typed into the field (steps 1–5 again).
    await toAccount(page, single.account);
    await openReadings(page);
    const serial1 = single.meter.serial;
    const value1 = await nextReading(page, serial1, 'single', 9);
    await page.getByTestId(`reading-input-${serial1}-single`).fill(value1);
    const one = { account: single.account, meter: single.meter, values: { single: value1 } };
    await submitAndConfirm(page, one, 'readings-kiosk-05-confirm-single');
    entered.push(one);

    // "Начисления и платежи" for both accounts.
    const charges = new Map<string, string[][]>();
    const dueLines = new Map<string, string>();
    const line = async (id: string) =>
      (await page.getByTestId(id).innerText()).replace(/\s+/g, ' ').trim();
    for (const number of numbers) {
      await toAccount(page, number);
      await page.getByTestId('nav-charges').click();
      await expect(page.getByTestId('charges-table')).toBeVisible();
      await expectFitsWidth(page, 'charges-table');
      charges.set(number, await shownCharges(page));
      dueLines.set(number, `${await line('charges-as-of')}|${await line('charges-due')}`);
    }
    await page.getByTestId('charge-toggle').first().click();
    await expect(page.getByTestId('charge-explanation')).toBeVisible();
    await screenshot(page, 'charges-kiosk');

    // "Отчеты" → "Показания приборов учета": both readings with status "Успешно".
    const today = localToday(TIME_ZONE);
    for (const item of entered) {
      await toAccount(page, item.account);
      await page.getByTestId('nav-reports').click();
      await page.getByTestId('reports-readings-from').fill(ruDate(`${today.slice(0, 8)}01`));
      await page.getByTestId('reports-readings-to').fill(ruDate(today));
      await page.keyboard.press('Escape');
      await page.getByTestId('reports-readings-submit').click();
      for (const value of Object.values(item.values)) {
        const row = page
          .getByTestId('reports-readings-row')
          .filter({ hasText: item.meter.serial })
          .filter({ hasText: value });
        await expect(row).toHaveCount(1);
        await expect(row.getByTestId('reports-readings-status')).toHaveText('Успешно');
      }
    }
    await screenshot(page, 'readings-kiosk-06-report');

    // The embedded central's own tables.
    const db = await env.stopAndOpenCentral();
    for (const item of entered) await expectStoredOnce(db, item.meter.serial, item.values);
    for (const number of numbers) {
      const { rows, period } = await expectedCharges(db, number);
      expect(rows.length).toBeGreaterThan(0);
      expect([...(charges.get(number) ?? [])].sort()).toEqual(rows.sort());
      const asOf = formatLongDate(`${nextPeriod(period)}-01`, 'ru');
      expect(dueLines.get(number)).toBe(
        `Информация о начислениях на ${asOf}|Оплатить до ${ruDate(paymentDueDate(period))}`,
      );
    }
  });
});

test.describe('counter 1280 wide', () => {
  let env: Embedded;
  test.use({ viewport: { width: 1280, height: 900 } });
  test.beforeAll(async () => {
    env = await startEmbedded('counter');
  });
  test.afterAll(async () => {
    await env?.close();
  });

  test('charges and readings fit, and say what is wrong at each field', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(env.preview.url);
    await signIn(page);
    const numbers = await offeredAccounts(page);
    const threeZone = (await allMeters(page, numbers)).find(
      ({ meter }) => meter.zones.length === 3,
    );
    if (!threeZone) throw new Error('the demo resident has a three-zone meter');

    await toAccount(page, threeZone.account);
    await page.getByTestId('nav-charges').click();
    await expect(page.getByTestId('charges-table')).toBeVisible();
    await expectFitsWidth(page, 'charges-table');
    await page.getByTestId('charge-toggle').first().click();
    await expect(page.getByTestId('charge-line').first()).toBeVisible();
    await screenshot(page, 'charges-counter-1280');

    await openReadings(page);
    await expectFitsWidth(page, 'readings-table');
    await expect(page.getByTestId('keyboard')).toHaveCount(0);
    const serial = threeZone.meter.serial;
    const problem = (zone: string) => page.getByTestId(`reading-problem-${serial}-${zone}`);
    await page.getByTestId(`reading-input-${serial}-T1`).fill('1');
    await expect(problem('T1')).toContainText('Показание меньше предыдущего');
    await page.getByTestId(`reading-input-${serial}-T2`).fill('12а');
    await expect(problem('T2')).toContainText('Введите число');
    const whole = (await nextReading(page, serial, 'T3')).split(',')[0];
    await page.getByTestId(`reading-input-${serial}-T3`).fill(`${whole},123`);
    await expect(problem('T3')).toContainText(/после запятой|нет дробной части/);
    await page.getByTestId('readings-submit').click();
    await expect(page.getByTestId('readings-error')).toContainText('Исправьте показания');
    await expect(page.getByTestId('readings-confirm')).toHaveCount(0);
    await screenshot(page, 'readings-counter-1280-validation');
  });
});
