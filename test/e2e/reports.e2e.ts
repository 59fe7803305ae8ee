// "Отчеты" end to end out of the box (embedded central, demo data) on a kiosk: the resident picks
// a date in the calendar (Рис. 27), makes the payment history, the charge history (all six months
// and one month) and the meter readings report (Рис. 28), saves a PDF, switches the chart to
// another meter; screenshots at 1080×1920 and 1280 wide. Then the embedded central's own tables
// are opened: what the screens showed is what they hold.
import { readFileSync } from 'node:fs';

import { expect, type Page, test } from '@playwright/test';
import { sql } from 'kysely';

import { addMonths } from '../../shared/domain/dates.js';
import { formatKopecks } from '../../shared/domain/money.js';
import { screenshot, signIn } from './support/account-page.js';
import { localToday, ruDate } from './support/central-expectations.js';
import { type Embedded, startEmbedded } from './support/environment.js';

const TIME_ZONE = 'Asia/Yekaterinburg';
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

let env: Embedded;

/** Рис. 27: the calendar icon of a field (it opens on the field's month), then the 1st. */
async function pickFirstOfMonth(page: Page, testId: string): Promise<void> {
  const field = page.locator('.p-datepicker').filter({ has: page.getByTestId(testId) });
  await field.locator('button.p-datepicker-dropdown').click();
  const panel = page.locator('.p-datepicker-panel');
  await expect(panel).toBeVisible();
  await panel
    .locator('td:not(.p-datepicker-other-month) .p-datepicker-day')
    .getByText('1', { exact: true })
    .click();
  await expect(panel).toBeHidden();
}

/** What the screen shows with `testId`'s block scrolled to the top (the kiosk's own view). */
async function screenAt(page: Page, testId: string, name: string): Promise<void> {
  await page.getByTestId(testId).evaluate((element) => element.scrollIntoView());
  await page.screenshot({ path: `test/artifacts/${name}.png` });
}

/** Neither the page nor any report table scrolls sideways: no column is cut off. */
async function expectNothingCut(page: Page): Promise<void> {
  const overflowing = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('.p-datatable-table-container')]
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => element.closest('[data-testid]')?.getAttribute('data-testid') ?? 'page'),
  );
  expect(overflowing).toEqual([]);
}

async function hideKeyboard(page: Page): Promise<void> {
  if (await page.getByTestId('keyboard-hide').isVisible())
    await page.getByTestId('keyboard-hide').click();
}

async function rows(page: Page, testId: string): Promise<string[][]> {
  const found = await page.getByTestId(testId).all();
  return Promise.all(found.map(async (row) => (await row.locator('td').allInnerTexts()).map(text)));
}

test.describe('kiosk', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });
  test.beforeAll(async () => {
    env = await startEmbedded('kiosk');
  });
  test.afterAll(async () => {
    await env?.close();
  });

  test('a resident makes every report, saves one as PDF, reads the chart', async ({ page }) => {
    await page.goto(env.preview.url);
    await signIn(page);
    const accountNumber = /№\s*(\d{10})/.exec(
      await page.getByTestId('selected-account').innerText(),
    )![1]!;
    await page.getByTestId('nav-reports').click();
    await expect(page.getByTestId('reports-page')).toBeVisible();
    await expect(page.getByTestId('reports-account')).toContainText(`ЛС: ${accountNumber}`);

    // История платежей: "с" opens six months back; the 1st of that month is picked in the calendar.
    const today = localToday(TIME_ZONE);
    const from = `${addMonths(today, -6).slice(0, 7)}-01`;
    await pickFirstOfMonth(page, 'reports-payments-from');
    await expect(page.getByTestId('reports-payments-from')).toHaveValue(ruDate(from));
    await expect(page.getByTestId('reports-payments-to')).toHaveValue(ruDate(today));
    await page.getByTestId('reports-payments-submit').click();
    await expect(page.getByTestId('reports-payments-row').first()).toBeVisible();
    const payments = await rows(page, 'reports-payments-row');
    const paymentsTotal = text(await page.getByTestId('reports-payments-total').innerText());

    // Сохранить в PDF: a real download of a real PDF.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('reports-payments-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `История_платежей_${from}_${today}_ЛС_${accountNumber}.pdf`,
    );
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await expect(page.getByTestId('reports-payments-pdf-saved')).toContainText('сохранён');
    await hideKeyboard(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: 'test/artifacts/reports-kiosk-01-payments.png' });

    // История начислений: all six months, then the newest one alone.
    await page.getByTestId('reports-charges-submit').click();
    await expect(page.getByTestId('reports-charges-period')).toHaveCount(6);
    await page.getByTestId('reports-charges-month').click();
    await page.getByTestId('reports-charges-month-option').nth(1).click();
    await page.getByTestId('reports-charges-submit').click();
    await expect(page.getByTestId('reports-charges-period')).toHaveCount(1);
    const chargedPeriod = await page
      .getByTestId('reports-charges-period')
      .getAttribute('data-period');
    const chargeRows = await rows(page, 'reports-charges-row');
    const chargesTotal = text(await page.getByTestId('reports-charges-total').innerText());
    await screenAt(page, 'reports-charges', 'reports-kiosk-02-charges');

    // Показания приборов учета: the last six months (the defaults), every kind.
    await page.getByTestId('reports-readings-submit').click();
    await expect(page.getByTestId('reports-readings-row').first()).toBeVisible();
    const readings = await rows(page, 'reports-readings-row');
    // The demo history: readings taken by people ("Успешно") and calculated ones ("Рассчитано").
    const statuses = (await page.getByTestId('reports-readings-status').allInnerTexts()).map(text);
    expect(statuses).toContain('Успешно');
    for (const status of statuses) expect(['Успешно', 'Рассчитано']).toContain(status);

    // The chart: drawn for the first meter, then for another one.
    await expect(page.getByTestId('reports-chart').locator('canvas')).toBeVisible();
    await page.getByTestId('reports-chart-meter').click();
    await page.getByTestId('reports-chart-meter-option').nth(1).click();
    await expect(page.getByTestId('reports-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('reports-chart-table').locator('tbody tr')).toHaveCount(12);
    await screenAt(page, 'reports-readings', 'reports-kiosk-03-readings');
    await screenAt(page, 'reports-consumption', 'reports-kiosk-04-chart');

    await expectNothingCut(page);

    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'reports-1280');
    await screenAt(page, 'reports-readings', 'reports-1280-readings');
    await screenAt(page, 'reports-consumption', 'reports-1280-chart');
    await expectNothingCut(page);

    // The embedded central's own tables.
    const db = await env.stopAndOpenCentral();
    const account = (
      await sql<{ id: number }>`SELECT id FROM accounts WHERE number = ${accountNumber}`.execute(db)
    ).rows[0]!;
    const paid = await sql<{ amount: string }>`
    SELECT p.amount::text FROM payments p JOIN regions r ON r.id = p.region_id
     WHERE p.account_id = ${account.id}
       AND (p.paid_at AT TIME ZONE r.time_zone)::date BETWEEN ${from}::date AND ${today}::date
     ORDER BY p.paid_at DESC, p.id DESC`.execute(db);
    expect(payments.map((cells) => cells.at(-1))).toEqual(
      paid.rows.map((p) => text(formatKopecks(Number(p.amount)))),
    );
    const sum = paid.rows.reduce((total, p) => total + Number(p.amount), 0);
    expect(paymentsTotal).toBe(text(`Итого: ${formatKopecks(sum)} руб.`));

    const charged = await sql<{ total: string; services: number; latest: string }>`
    SELECT sum(debt_end)::text AS total, count(*)::int AS services, max(period) AS latest
      FROM charges WHERE account_id = ${account.id}
       AND period = (SELECT max(period) FROM charges WHERE account_id = ${account.id})`.execute(db);
    const latest = charged.rows[0]!;
    expect(chargedPeriod).toBe(latest.latest);
    expect(chargeRows).toHaveLength(latest.services);
    expect(chargesTotal).toContain(text(`${formatKopecks(Number(latest.total))} руб.`));

    const readFrom = addMonths(today, -6);
    const read = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM readings x
      JOIN meters m ON m.id = x.meter_id JOIN regions r ON r.id = m.region_id
     WHERE m.account_id = ${account.id}
       AND (x.entered_at AT TIME ZONE r.time_zone)::date BETWEEN ${readFrom}::date AND ${today}::date`.execute(
      db,
    );
    expect(readings).toHaveLength(read.rows[0]!.n);
  });
});

test.describe('counter', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test.beforeAll(async () => {
    env = await startEmbedded('counter');
  });
  test.afterAll(async () => {
    await env?.close();
  });

  test('a clerk reads the readings report in the columns of Рис. 28', async ({ page }) => {
    await page.goto(env.preview.url);
    await signIn(page);
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('reports-readings-submit').click();
    await expect(page.getByTestId('reports-readings-row').first()).toBeVisible();
    const headers = await page
      .getByTestId('reports-readings-table')
      .locator('thead th')
      .allInnerTexts();
    expect(headers.map(text)).toEqual([
      'Услуга',
      'Прибор учета',
      '№ счетчика / Зона',
      'Показания на начало периода',
      'Принятые показания',
      'Статус',
      'Ед. изм.',
      'Источник',
      'Дата',
      'Показание',
      'Дата',
      'Показание',
    ]);
    await page.getByTestId('reports-charges-submit').click();
    await expect(page.getByTestId('reports-charges-period')).toHaveCount(6);
    await expectNothingCut(page);
    await screenAt(page, 'reports-readings', 'reports-counter-1280-readings');
    await screenAt(page, 'reports-charges', 'reports-counter-1280-charges');
  });
});
