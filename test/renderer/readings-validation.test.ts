// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { squash } from './support/dom-text.js';
import { byTestId } from './support/mount-app.js';
import { readingsForm, singleMeter } from './support/readings-fixtures.js';
import { readingsPage, typeReading } from './support/readings-page.js';

const problem = (serial: string, zone: string) =>
  squash(byTestId(`reading-problem-${serial}-${zone}`));

describe('validation as you type (shared checkReading)', () => {
  it('a valid reading shows nothing', async () => {
    await readingsPage();
    await typeReading('101533383', 'single', '1290');
    expect(problem('101533383', 'single')).toBe('');
    expect(byTestId('reading-input-101533383-single')?.getAttribute('aria-invalid')).toBeNull();
  });

  it.each([
    [
      '12a',
      'Введите число: только цифры и, если у счётчика есть дробная часть, запятая между целой и дробной частью.',
    ],
    ['-5', 'Показание не может быть отрицательным: введите число со счётчика без минуса.'],
    [
      '123456',
      'Слишком много цифр: у этого счётчика до запятой не больше 5. Проверьте, нет ли лишней цифры.',
    ],
    ['1300,5', 'У этого счётчика нет дробной части: введите только целое число, без запятой.'],
    [
      '100',
      'Показание меньше предыдущего (1200). Вводимые показания должны быть больше предыдущих: проверьте цифры.',
    ],
  ])('%s → an error', async (typed, message) => {
    await readingsPage();
    await typeReading('101533383', 'single', typed);
    expect(problem('101533383', 'single')).toBe(message);
    expect(byTestId('reading-input-101533383-single')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('too many decimals says how many the meter has', async () => {
    await readingsPage();
    await typeReading('ВК-77120', 'single', '320,1234');
    expect(problem('ВК-77120', 'single')).toBe(
      'Слишком много цифр после запятой: у этого счётчика их не больше 3.',
    );
    await typeReading('ВК-77120', 'single', '320,123');
    expect(problem('ВК-77120', 'single')).toBe('');
  });

  it('a plausible rollover past capacity offers "Счётчик прошёл через ноль" to confirm', async () => {
    const meter = singleMeter({ previous: [{ zone: 'single', value: '99950' }] });
    await readingsPage({ 'readings.getForm': () => ok(readingsForm([meter])) });
    await typeReading('101533383', 'single', '30');
    expect(problem('101533383', 'single')).toBe(
      'Показание меньше предыдущего (99950). Если счётчик прошёл через ноль, расход составит 80 кВт·ч: отметьте это ниже. Счётчик прошёл через ноль',
    );
    const box = byTestId('reading-confirm-rollover-101533383-single') as HTMLInputElement;
    expect(box.checked).toBe(false);
    box.click();
    await flushPromises();
    expect(
      (byTestId('reading-confirm-rollover-101533383-single') as HTMLInputElement).checked,
    ).toBe(true);
    expect(byTestId('reading-input-101533383-single')?.getAttribute('aria-invalid')).toBeNull();
    // A new value is a new reading: the confirmation does not carry over.
    await typeReading('101533383', 'single', '31');
    expect(
      (byTestId('reading-confirm-rollover-101533383-single') as HTMLInputElement).checked,
    ).toBe(false);
  });

  it('a jump far above the 6-month average says the consumption and the average, with a box', async () => {
    await readingsPage();
    await typeReading('101533383', 'single', '2000');
    expect(problem('101533383', 'single')).toBe(
      'Расход 800 кВт·ч намного больше среднего за 6 месяцев (100 кВт·ч в месяц). Проверьте показание; если оно верное, подтвердите ниже. Показание верное, большой расход подтверждаю',
    );
    expect(byTestId('reading-confirm-jump-101533383-single')).not.toBeNull();
    expect(byTestId('reading-confirm-rollover-101533383-single')).toBeNull();
  });

  it('checks each zone of a three-zone meter against its own previous value', async () => {
    await readingsPage();
    await typeReading('011552148', 'T1', '4050,5');
    await typeReading('011552148', 'T2', '2400');
    await typeReading('011552148', 'T3', '3040,25');
    expect(problem('011552148', 'T1')).toBe('');
    expect(problem('011552148', 'T2')).toContain('Показание меньше предыдущего (2500).');
    expect(problem('011552148', 'T3')).toBe(
      'Слишком много цифр после запятой: у этого счётчика их не больше 1.',
    );
  });
});
