// @vitest-environment happy-dom
// "Отчеты" on a kiosk: the date fields take the on-screen keyboard (digits and the dot), which
// comes up with a field, and the calendar speaks Russian and starts on Monday.
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { chargesReport, consumptionChart, readingsReport } from './reports-fixtures.js';
import { appState } from './support/fixtures.js';
import { allByTestId, byTestId, mountApp, signIn } from './support/mount-app.js';

beforeEach(() => {
  const error = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('Failed to create chart')) error(...args);
  });
});
afterEach(async () => {
  await import('chart.js/auto');
  await flushPromises();
  vi.restoreAllMocks();
});

async function openOnKiosk() {
  const app = await mountApp({
    'app.getState': () => ok(appState({ profile: 'kiosk' })),
    'reports.charges': ({ period }) => ok(chargesReport(period)),
    'reports.readings': ({ from, to }) => ok(readingsReport(from, to)),
    'reports.consumption': ({ meterId }) => ok(consumptionChart(meterId)),
  });
  await signIn(app);
  byTestId('nav-reports')!.click();
  await flushPromises();
  return app;
}

/** Text as a reader sees it: text nodes joined by spaces (elements break words apart). */
function squash(el: Element): string {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function key(char: string): HTMLElement {
  const keys = document.querySelectorAll<HTMLElement>('[data-testid="keyboard-key"]');
  const found = [...keys].find((k) => k.dataset.char === char);
  if (!found) throw new Error(`no key ${char}`);
  return found;
}

async function tap(element: HTMLElement | null): Promise<void> {
  if (!element) throw new Error('nothing to tap');
  element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true }));
  element.click();
  await flushPromises();
}

describe('reports on a kiosk', () => {
  it('types a date with the on-screen keyboard and makes the report with "Готово"', async () => {
    const app = await openOnKiosk();
    expect(byTestId('keyboard')).toBeNull();
    const from = byTestId('reports-readings-from') as HTMLInputElement;
    expect(from.getAttribute('inputmode')).toBe('none');
    expect(from.dataset.keyboardLayout).toBe('symbols');
    from.focus();
    await flushPromises();
    expect(byTestId('keyboard')).not.toBeNull();
    from.setSelectionRange(0, from.value.length);
    for (const char of '01.02.2026') await tap(key(char));
    expect(from.value).toBe('01.02.2026');
    await tap(byTestId('keyboard-enter'));
    expect(app.fake.callsOf('reports.readings')).toEqual([
      expect.objectContaining({ accountId: 1, serviceId: null, from: '2026-02-01' }),
    ]);
    expect(byTestId('keyboard')).toBeNull();
    // Рис. 28 folded into five columns for the portrait screen.
    const row = allByTestId('reports-readings-row')[2]!;
    const cells = [...row.querySelectorAll('td')].map(squash);
    expect(cells).toEqual([
      'Электроэнергия индивидуальный, Двухтарифный № счетчика 011552148 · Т1 (день)',
      '21.01.2026 44700,6 кВт·ч',
      '15.02.2026 44778,8 кВт·ч',
      'Успешно',
      'Житель в личном кабинете',
    ]);
  });

  it('opens a Russian calendar from its button, Monday first', async () => {
    await openOnKiosk();
    const field = byTestId('reports-payments-from')!.closest('.p-datepicker')!;
    await tap(field.querySelector<HTMLElement>('button'));
    const panel = document.querySelector('.p-datepicker-panel');
    expect(panel).not.toBeNull();
    const weekdays = [...panel!.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(weekdays).toEqual(['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']);
    const month = panel!.querySelector('.p-datepicker-select-month')?.textContent?.trim() ?? '';
    expect([
      'Январь',
      'Февраль',
      'Март',
      'Апрель',
      'Май',
      'Июнь',
      'Июль',
      'Август',
      'Сентябрь',
      'Октябрь',
      'Ноябрь',
      'Декабрь',
    ]).toContain(month);
  });
});
