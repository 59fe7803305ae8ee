import type { Page } from '@playwright/test';

import { screenshot } from './account-page.js';

/**
 * A full-page screenshot once the screen stands still: finite animations and transitions (a
 * message fading in) have finished; endless ones (a spinner) are left running.
 */
export async function settledScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await screenshot(page, name);
}
