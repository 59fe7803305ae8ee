// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { squash } from './support/dom-text.js';
import { outboxDevice } from './support/outbox-device.js';
import { closedWindow, singleMeter } from './support/readings-fixtures.js';
import { byTestId, text } from './support/mount-app.js';
import {
  readingInput,
  readingsPage,
  submitAndContinue,
  submitReadings,
  typeReading,
} from './support/readings-page.js';

const dialog = () => byTestId('readings-confirm');

describe('submitting readings (Рис. 18, 19)', () => {
  it('with nothing typed asks for a reading, and opens no confirmation', async () => {
    const app = await readingsPage(outboxDevice().handlers);
    await submitReadings();
    expect(text('readings-error')).toBe(
      'Введите показания хотя бы одного прибора учёта в колонке «Ввод».',
    );
    expect(dialog()).toBeNull();
    expect(app.fake.callsOf('readings.submit')).toEqual([]);
  });

  it('with a problem left says to fix it, focuses the field and sends nothing', async () => {
    const app = await readingsPage(outboxDevice().handlers);
    await typeReading('101533383', 'single', '1250');
    await typeReading('ВК-77120', 'single', '300');
    await submitReadings();
    expect(text('readings-error')).toBe(
      'Исправьте показания, отмеченные красным, или подтвердите предупреждения, затем нажмите «Передать показания» снова.',
    );
    expect(document.activeElement).toBe(readingInput('ВК-77120', 'single'));
    expect(dialog()).toBeNull();
    expect(app.fake.callsOf('readings.submit')).toEqual([]);
  });

  it('a three-zone meter needs every zone: empty ones are named after the attempt', async () => {
    await readingsPage(outboxDevice().handlers);
    await typeReading('011552148', 'T1', '4050');
    expect(squash(byTestId('reading-problem-011552148-T2'))).toBe('');
    await submitReadings();
    expect(squash(byTestId('reading-problem-011552148-T2'))).toBe('Введите показание.');
    expect(squash(byTestId('reading-problem-011552148-T3'))).toBe('Введите показание.');
    expect(squash(byTestId('reading-problem-101533383-single'))).toBe('');
    expect(dialog()).toBeNull();
  });

  it('asks to confirm as in Рис. 19; "Отмена" keeps the typed value and sends nothing', async () => {
    const app = await readingsPage(outboxDevice().handlers);
    await typeReading('101533383', 'single', '1234');
    await submitReadings();
    expect(dialog()).not.toBeNull();
    expect(squash(dialog())).toContain('Подтвердите передачу показаний:');
    expect(squash(byTestId('readings-confirm-meter-101533383'))).toBe(
      '№101533383 Показания: 1234 (Электроэнергия, Однотарифный)',
    );
    byTestId('readings-confirm-cancel')?.click();
    await flushPromises();
    expect(dialog()).toBeNull();
    expect(readingInput('101533383', 'single').value).toBe('1234');
    expect(app.fake.callsOf('readings.submit')).toEqual([]);
    expect(document.activeElement).toBe(byTestId('readings-submit'));
  });

  it('sends every zone of a three-zone meter with the confirmations the person gave', async () => {
    const app = await readingsPage(outboxDevice().handlers);
    await typeReading('011552148', 'T1', '4050,5');
    await typeReading('011552148', 'T2', '2560');
    await typeReading('011552148', 'T3', '3900');
    byTestId('reading-confirm-jump-011552148-T3')?.click();
    await flushPromises();
    await submitReadings();
    expect(squash(byTestId('readings-confirm-meter-011552148'))).toBe(
      '№011552148 Показания Т1 пик: 4050,5 Показания Т2 ночь: 2560 Показания Т3 полупик: 3900 (Электроэнергия, Трехтарифный)',
    );
    byTestId('readings-confirm-continue')?.click();
    await flushPromises();
    expect(app.fake.callsOf('readings.submit')).toEqual([
      {
        accountId: 1,
        meterId: 101,
        values: [
          { zone: 'T1', value: '4050,5' },
          { zone: 'T2', value: '2560' },
          { zone: 'T3', value: '3900' },
        ],
        confirmed: { rollover: false, jump: true },
      },
    ]);
    expect(squash(byTestId('readings-meter-011552148')?.querySelectorAll('td')[5])).toBe(
      'Т1 пик: 4050,5 Т2 ночь: 2560 Т3 полупик: 3900 Ожидает отправки',
    );
  });

  it("puts the service's problems at the fields when it answers needs_fix", async () => {
    const app = await readingsPage({
      ...outboxDevice().handlers,
      'readings.submit': () =>
        ok({
          status: 'needs_fix',
          problems: [{ zone: 'single', problem: { code: 'less_than_previous', previous: '1300' } }],
        }),
    });
    await typeReading('101533383', 'single', '1250');
    await submitAndContinue();
    expect(app.fake.callsOf('readings.submit')).toHaveLength(1);
    expect(squash(byTestId('reading-problem-101533383-single'))).toBe(
      'Показание меньше предыдущего (1300). Вводимые показания должны быть больше предыдущих: проверьте цифры.',
    );
    expect(text('readings-error')).toBe(
      'Показания прибора № 101533383 не переданы: исправьте их и нажмите «Передать показания» снова.',
    );
    expect(readingInput('101533383', 'single').value).toBe('1250');
    await typeReading('101533383', 'single', '1310');
    expect(squash(byTestId('reading-problem-101533383-single'))).toBe('');
  });

  it('outside the window the confirmation names the period the reading counts for', async () => {
    const meters = [singleMeter({ window: closedWindow })];
    await readingsPage(outboxDevice(meters).handlers);
    await typeReading('101533383', 'single', '1234');
    await submitReadings();
    expect(squash(byTestId('readings-confirm-meter-101533383'))).toContain(
      'Будут учтены в периоде: декабрь 2026 г.',
    );
  });

  it('forgets typed values and forms at sign-out', async () => {
    const app = await readingsPage(outboxDevice().handlers);
    await typeReading('101533383', 'single', '1234');
    byTestId('sign-out')?.click();
    await flushPromises();
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    const { useReadingsStore } = await import('../../renderer/stores/readings.js');
    expect(useReadingsStore(app.pinia).forms).toEqual({});
    expect(document.querySelector('[data-testid^="reading-input-"]')).toBeNull();
  });
});
