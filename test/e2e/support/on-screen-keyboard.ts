// Typing on the kiosk's on-screen keyboard in Chromium, key by key, as a finger would: the
// field is touched first (it opens its own layout), layouts and Shift are switched as needed.
import { expect, type Page } from '@playwright/test';

const layouts = ['ru', 'en', 'symbols'] as const;

async function hasKey(page: Page, char: string): Promise<boolean> {
  return (await page.locator(`[data-testid="keyboard-key"][data-char="${char}"]`).count()) > 0;
}

/** Taps the field with `testId` and checks the keyboard opened on `layout`. */
export async function touchField(page: Page, testId: string, layout: string): Promise<void> {
  const field = page.getByTestId(testId);
  const input =
    (await field.evaluate((el) => el.tagName)) === 'INPUT' ? field : field.locator('input');
  await input.click();
  await expect(page.getByTestId(`keyboard-layout:${layout}`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

/** Types `text` into the focused field with the on-screen keys only. */
export async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const char of text) {
    if (char === ' ') {
      await page.getByTestId('keyboard-space').click();
      continue;
    }
    const lower = char.toLocaleLowerCase('ru');
    if (!(await hasKey(page, lower))) {
      for (const layout of layouts) {
        await page.getByTestId(`keyboard-layout:${layout}`).click();
        if (await hasKey(page, lower)) break;
      }
    }
    if (lower !== char) await page.getByTestId('keyboard-shift').click();
    await page.locator(`[data-testid="keyboard-key"][data-char="${lower}"]`).click();
  }
}

/** Touches a field, then types into it on the keyboard. */
export async function fillOnScreen(
  page: Page,
  testId: string,
  layout: string,
  text: string,
): Promise<void> {
  await touchField(page, testId, layout);
  await typeOnScreen(page, text);
}
