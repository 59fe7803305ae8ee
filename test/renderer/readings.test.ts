// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import {
  closedWindow,
  readingsForm,
  singleMeter,
  threeZoneMeter,
  waterMeter,
} from './support/readings-fixtures.js';
import { cells, squash } from './support/dom-text.js';
import { allByTestId, byTestId, text } from './support/mount-app.js';
import { readingsPage } from './support/readings-page.js';

describe('readings page (Рис. 14, 17, 18)', () => {
  it('shows the step and the address link; the table opens from the link (step 2)', async () => {
    await readingsPage({}, { open: false });
    expect(text('nav-readings')).toBe('Ввод показаний');
    expect(text('selected-account')).toBe('Вы выбрали л.счет: №1234567890 Иванов Иван Иванович');
    expect(text('readings-region')).toBe('Оренбургская область');
    expect(text('readings-step')).toBe('Нажмите на активную ссылку с адресом объекта');
    const link = byTestId('readings-address-link');
    expect(squash(link)).toBe('г. Оренбург, ул. Советская, д. 1, кв. 11, ЛС № 1234567890');
    expect(link?.getAttribute('aria-expanded')).toBe('false');
    expect(byTestId('readings-table')).toBeNull();
    link?.click();
    await flushPromises();
    expect(link?.getAttribute('aria-expanded')).toBe('true');
    expect(byTestId('readings-table')).not.toBeNull();
    expect(document.activeElement).toBe(byTestId('reading-input-101533383-single'));
  });

  it('has the columns of Рис. 14 and a row per meter', async () => {
    await readingsPage({
      'readings.getForm': () =>
        ok(
          readingsForm([
            singleMeter({
              entered: {
                submissionId: '5b0e3c1a-7d7e-4d43-9f1e-0d6b9a3f2c11',
                values: [{ zone: 'single', value: '1234' }],
                enteredAt: '2026-11-24T04:15:00.000Z',
                status: 'applied',
                reason: null,
                period: '2026-11',
              },
            }),
            threeZoneMeter(),
            waterMeter(),
          ]),
        ),
    });
    const headers = [...document.querySelectorAll('[data-testid="readings-table"] th')].map(squash);
    expect(headers).toEqual([
      'Услуга',
      'Прибор учета',
      '№ счетчика',
      'Дата очередной поверки',
      'Показания на начало периода',
      'Введенное показание',
      'Ед. изм.',
      'Дата ввода показания',
      'Ввод',
    ]);
    const row = byTestId('readings-meter-101533383');
    expect(cells(row).slice(0, 8)).toEqual([
      'Электроэнергия',
      'индивидуальный Описание: Однотарифный',
      '101533383',
      '01.01.2032',
      '1200',
      '1234 Принято',
      'кВт·ч',
      '24.11.2026 09:15',
    ]);
    expect(text('reading-status-101533383')).toBe('Принято');
    const threeZone = cells(byTestId('readings-meter-011552148'));
    expect(threeZone[1]).toBe('индивидуальный Описание: Трехтарифный');
    expect(threeZone[3]).toBe('01.03.2027 Скоро поверка');
    expect(threeZone[4]).toBe('Т1 пик: 4000 Т2 ночь: 2500 Т3 полупик: 3000');
    expect(threeZone[5]).toBe('—');
    const water = cells(byTestId('readings-meter-ВК-77120'));
    expect(water[3]).toBe('01.01.2026 Поверка просрочена');
    expect(water[4]).toBe('312,5');
  });

  it('labels each zone input with its name and hours (DOMAIN.md) and shows the previous value', async () => {
    await readingsPage();
    const cell = byTestId('readings-meter-011552148')?.querySelectorAll('td')[8];
    expect(squash(cell)).toContain('Т1 пик 07:00–10:00 и 17:00–21:00');
    expect(squash(cell)).toContain('Т2 ночь 23:00–07:00');
    expect(squash(cell)).toContain('Т3 полупик 10:00–17:00 и 21:00–23:00');
    for (const zone of ['T1', 'T2', 'T3']) {
      expect(byTestId(`reading-input-011552148-${zone}`)).not.toBeNull();
    }
    expect(byTestId('reading-input-011552148-T1')?.getAttribute('aria-label')).toBe(
      'Электроэнергия, счётчик № 011552148: текущее показание, Т1 пик',
    );
    expect(byTestId('reading-input-101533383-single')?.getAttribute('aria-label')).toBe(
      'Электроэнергия, счётчик № 101533383: текущее показание',
    );
    expect(text('reading-previous-011552148-T2')).toBe('Предыдущее: 2500');
    expect(text('reading-previous-ВК-77120-single')).toBe('Предыдущее: 312,5');
    expect(document.body.textContent).toContain(
      'Вводимые показания должны быть больше предыдущих.',
    );
  });

  it('inside the window says how many days are left', async () => {
    await readingsPage();
    const notices = allByTestId('readings-window').map(squash);
    expect(notices).toEqual(['Показания принимаются с 15 по 25 число; осталось 2 дн.']);
  });

  it('outside the window says the reading counts for the next period and when it opens', async () => {
    const meters = [singleMeter({ window: closedWindow }), waterMeter({ window: closedWindow })];
    await readingsPage({ 'readings.getForm': () => ok(readingsForm(meters)) });
    expect(allByTestId('readings-window').map(squash)).toEqual([
      'Сейчас приём показаний закрыт: введённые показания будут учтены в следующем периоде (приём откроется 15.12.2026).',
    ]);
  });

  it('before the window opens, and with two suppliers, names the services per window', async () => {
    const early = {
      ...closedWindow,
      opensOn: '2026-11-26',
      period: '2026-11',
      fromDay: 26,
      toDay: 28,
    };
    const meters = [singleMeter(), waterMeter({ window: early })];
    await readingsPage({ 'readings.getForm': () => ok(readingsForm(meters)) });
    expect(allByTestId('readings-window').map(squash)).toEqual([
      'Электроэнергия: Показания принимаются с 15 по 25 число; осталось 2 дн.',
      'Холодное водоснабжение: Приём показаний с 26 по 28 число откроется 26.11.2026. Показания, введённые сейчас, будут учтены в текущем периоде (ноябрь 2026 г.).',
    ]);
  });

  it('says so when the account has no meters', async () => {
    await readingsPage({ 'readings.getForm': () => ok(readingsForm([])) });
    expect(text('readings-no-meters')).toBe(
      'По этому лицевому счёту нет приборов учёта, показания которых можно передать.',
    );
    expect(byTestId('readings-submit')).toBeNull();
  });
});
