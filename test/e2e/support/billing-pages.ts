// The "Ввод показаний" and "Начисления и платежи" screens as a test reads and drives them.
import { expect, type Locator, type Page } from '@playwright/test';

import { addScaled, formatScaled, parseDecimal } from '../../../shared/domain/decimal.js';
import { chooseAccount } from './account-page.js';

export interface ShownMeter {
  serial: string;
  service: string;
  /** "индивидуальный Описание: Трехтарифный". */
  meterText: string;
  /** Zones with an input: single, T1, T2, T3. */
  zones: string[];
}

const text = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Steps 1–2 of the manual: the section, then the premises' address link. */
export async function openReadings(page: Page): Promise<void> {
  await page.getByTestId('nav-readings').click();
  await expect(page.getByTestId('readings-address-link')).toBeVisible();
  if ((await page.getByTestId('readings-address-link').getAttribute('aria-expanded')) !== 'true') {
    await page.getByTestId('readings-address-link').click();
  }
  await expect(page.getByTestId('readings-table')).toBeVisible();
}

export async function shownMeters(page: Page): Promise<ShownMeter[]> {
  const rows = await page.locator('[data-testid^="readings-meter-"]').all();
  return Promise.all(
    rows.map(async (row) => {
      const serial = ((await row.getAttribute('data-testid')) ?? '').replace('readings-meter-', '');
      const cells = (await row.locator('td').allInnerTexts()).map(text);
      const inputs = await row.locator('[data-testid^="reading-input-"]').all();
      const zones = await Promise.all(
        inputs.map(
          async (input) =>
            ((await input.getAttribute('data-testid')) ?? '').split('-').at(-1) ?? '',
        ),
      );
      return { serial, service: cells[0] ?? '', meterText: cells[1] ?? '', zones };
    }),
  );
}

/**
 * A plausible next reading for a zone: the previous value shown under its input plus `step`
 * (at most JUMP_FLOOR, so never a jump warning), written with a decimal comma.
 */
export async function nextReading(
  page: Page,
  serial: string,
  zone: string,
  step = 7,
): Promise<string> {
  const hint = text(await page.getByTestId(`reading-previous-${serial}-${zone}`).innerText());
  const match = /([\d,]+)$/.exec(hint);
  const previous = match ? parseDecimal(match[1] ?? '') : null;
  const next = previous
    ? addScaled(previous, { units: BigInt(step), scale: 0 })
    : { units: BigInt(step), scale: 0 };
  return formatScaled(next).replace('.', ',');
}

/** Types on the kiosk's on-screen keyboard, key by key, into the focused field. */
export async function typeOnKeyboard(page: Page, field: Locator, value: string): Promise<void> {
  await field.click();
  for (const char of value) {
    await page.locator(`[data-testid="keyboard-key"][data-char="${char}"]`).click();
  }
  await expect(field).toHaveValue(value);
}

/** Cells of each charge row: service, tariff, debt, paid, volume, charged, recalculation, to pay. */
export async function shownCharges(page: Page): Promise<string[][]> {
  const rows = await page.getByTestId('charge-row').all();
  return Promise.all(rows.map(async (row) => (await row.locator('td').allInnerTexts()).map(text)));
}

/** The table fits its page: no horizontal scrolling inside the DataTable. */
export async function expectFitsWidth(page: Page, testId: string): Promise<void> {
  const overflow = await page.getByTestId(testId).evaluate((table) => {
    const box = table.querySelector('.p-datatable-table-container') ?? table;
    return box.scrollWidth - box.clientWidth;
  });
  expect(overflow, `${testId} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
}

/** What the screen shows right now (a kiosk screen with its keyboard docked at the bottom). */
export async function screenNow(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test/artifacts/${name}.png` });
}

const ZONE_NAMES: Record<string, string> = { T1: 'Т1 пик', T2: 'Т2 ночь', T3: 'Т3 полупик' };

/** A reading a test entered: the meter and the typed value per zone. */
export interface Entered {
  account: string;
  meter: ShownMeter;
  values: Record<string, string>;
}

/** Chooses an account on "Лицевые счета" (the selection holds in every section). */
export async function toAccount(page: Page, number: string): Promise<void> {
  await page.getByTestId('nav-accounts').click();
  await chooseAccount(page, number);
}

/** Every meter of the signed-in resident, with the account it belongs to. */
export async function allMeters(page: Page, numbers: string[]) {
  const found: { account: string; meter: ShownMeter }[] = [];
  for (const number of numbers) {
    await toAccount(page, number);
    await openReadings(page);
    for (const meter of await shownMeters(page)) found.push({ account: number, meter });
  }
  return found;
}

/** Steps 4–5: "Передать показания", the confirmation of Рис. 19, "Продолжить"; then "Принято". */
export async function submitAndConfirm(page: Page, entered: Entered, shot: string): Promise<void> {
  const { meter, values } = entered;
  await page.getByTestId('readings-submit').click();
  const dialog = page.getByTestId('readings-confirm');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Подтвердите передачу показаний:');
  const block = page.getByTestId(`readings-confirm-meter-${meter.serial}`);
  await expect(block).toContainText(`№${meter.serial}`);
  for (const [zone, value] of Object.entries(values)) {
    const label = zone === 'single' ? 'Показания:' : `Показания ${ZONE_NAMES[zone]}:`;
    await expect(block).toContainText(`${label} ${value}`);
  }
  const description = meter.meterText.replace(/^.*Описание: /, '');
  await expect(block).toContainText(`(${meter.service}, ${description})`);
  await screenNow(page, shot);
  await page.getByTestId('readings-confirm-continue').click();
  await expect(dialog).toBeHidden();
  const status = page.getByTestId(`reading-status-${meter.serial}`);
  await expect(status).toHaveText(/Ожидает отправки|Принято/);
  await expect(status).toHaveText('Принято', { timeout: 60_000 });
}
