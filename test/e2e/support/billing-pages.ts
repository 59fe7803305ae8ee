// The "Ввод показаний" and "Начисления и платежи" screens as a test reads and drives them.
import { expect, type Locator, type Page } from '@playwright/test';

import { addScaled, formatScaled, parseDecimal } from '../../../shared/domain/decimal.js';

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
