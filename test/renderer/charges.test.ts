// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { fail, ok } from '../../shared/contract/result.js';
import { ivanovCharges, noCharges } from './support/charges-fixtures.js';
import { cells, squash } from './support/dom-text.js';
import type { Handlers } from './support/fake-kabinet.js';
import { petrovaAccount, syncStatus } from './support/fixtures.js';
import { allByTestId, byTestId, mountApp, signIn, text } from './support/mount-app.js';

async function chargesPage(handlers: Handlers = {}) {
  const app = await mountApp({ 'charges.get': () => ok(ivanovCharges()), ...handlers });
  await signIn(app);
  await app.router.push({ name: 'charges' });
  await flushPromises();
  return app;
}

function toggleFor(serviceId: number): HTMLElement {
  const toggle = allByTestId('charge-toggle').find((b) => b.dataset.serviceId === `${serviceId}`);
  if (!toggle) throw new Error(`no toggle for service ${serviceId}`);
  return toggle;
}

async function open(serviceId: number): Promise<HTMLElement> {
  toggleFor(serviceId).click();
  await flushPromises();
  const found = allByTestId('charge-explanation').find(
    (e) => e.dataset.serviceId === `${serviceId}`,
  );
  if (!found) throw new Error(`no explanation for service ${serviceId}`);
  return found;
}

describe('charges page (Рис. 13, 20, 21)', () => {
  it('is a tab after "Лицевые счета" and shows the heading of Рис. 13', async () => {
    const app = await chargesPage();
    expect(text('nav-charges')).toBe('Начисления и платежи');
    expect(app.router.currentRoute.value.name).toBe('charges');
    expect(text('heading-owner')).toBe('Иванов Иван Иванович');
    expect(text('heading-address')).toBe('г. Оренбург, ул. Советская, д. 1, кв. 11');
    expect(text('selected-account')).toBe('Вы выбрали л.счет: №1234567890 Иванов Иван Иванович');
    expect(text('charges-region')).toBe('Оренбургская область');
    expect(text('charges-as-of')).toBe('Информация о начислениях на 1 декабря 2026 г.');
    expect(text('charges-address')).toBe(
      'г. Оренбург, ул. Советская, д. 1, кв. 11, ЛС № 1234567890',
    );
    expect(text('charges-period')).toBe('Расчётный период: ноябрь 2026 г.');
    expect(text('charges-due')).toBe('Оплатить до 15.12.2026');
    expect(document.body.textContent).not.toContain('Оплатить»');
    expect(document.querySelector('[data-testid="charges-page"] button[label="Оплатить"]')).toBe(
      null,
    );
  });

  it('lists every service with the columns of Рис. 13 and the total', async () => {
    await chargesPage();
    const headers = [...document.querySelectorAll('[data-testid="charges-table"] thead th')].map(
      squash,
    );
    expect(headers).toEqual([
      'Услуга',
      'Тариф, руб.',
      'Долг / переплата (+/-), руб.',
      'Оплачено, руб.',
      'Объем потребления',
      'Начислено, руб.',
      'Перерасчет, руб.',
      'К оплате, руб.',
    ]);
    expect(allByTestId('charge-row').map(cells)).toEqual([
      ['Электроэнергия', '5,89', '120,00', '120,00', '150 кВт·ч', '883,50', '0,00', '883,50'],
      ['Холодное водоснабжение', '45,12', '−50,00', '0,00', '4,5 м³', '203,04', '0,00', '153,04'],
      ['Горячее водоснабжение', '210,50', '0,00', '0,00', '3,2 м³', '1 010,40', '0,00', '1 010,40'],
      ['Водоотведение', '38,10', '0,00', '0,00', '7,5 м³', '285,75', '−12,50', '273,25'],
    ]);
    expect(text('charges-total')).toBe('2 320,19 руб.');
    const footer = squash(document.querySelector('[data-testid="charges-table"] tfoot'));
    expect(footer).toBe('Итого: 2 320,19 руб.');
  });

  it('opens a charge by meter into its zones: readings used, volume, price and amount', async () => {
    await chargesPage();
    expect(toggleFor(1).getAttribute('aria-expanded')).toBe('false');
    const explanation = await open(1);
    expect(toggleFor(1).getAttribute('aria-expanded')).toBe('true');
    expect(squash(explanation)).toContain('Поставщик: АО «Оренбургсельэнергосбыт»');
    expect(squash(explanation)).toContain('Прибор учёта № 011552148');
    expect(squash(explanation)).toContain('Начислено по показаниям прибора учёта.');
    const lines = [...explanation.querySelectorAll('[data-testid="charge-line"]')].map(cells);
    expect(lines).toEqual([
      ['Т1 (пик)', '4000 → 4050', '50 кВт·ч', '7,61', '380,50'],
      ['Т2 (ночь)', '2500 → 2560', '60 кВт·ч', '3,97', '238,20'],
      ['Т3 (полупик)', '3000 → 3040', '40 кВт·ч', '6,62', '264,80'],
    ]);
    toggleFor(1).click();
    await flushPromises();
    expect(allByTestId('charge-explanation')).toHaveLength(0);
  });

  it('says why a charge is by the average, which month in a row, and the estimated line', async () => {
    await chargesPage();
    const explanation = await open(2);
    const text = squash(explanation);
    expect(text).toContain(
      'Показания за этот период не поступили, поэтому начислено по среднему месячному потреблению за предыдущие 6 месяцев. Это 2-й месяц подряд из 3 возможных',
    );
    expect(text).toContain('Расчёт: 4,5 м³ × 45,12 руб. = 203,04 руб.');
    const [line] = [...explanation.querySelectorAll('[data-testid="charge-line"]')].map(cells);
    expect(line).toEqual(['Однотарифный', 'расчётный объём', '4,5 м³', '45,12', '203,04']);
  });

  it('explains a normative charge with the raising coefficient and the excess it causes', async () => {
    await chargesPage();
    const text = squash(await open(3));
    expect(text).toContain(
      'Срок поверки прибора учёта истёк больше 3 месяцев назад, поэтому начислено по нормативу потребления.',
    );
    expect(text).toContain('Расчёт: 3,2 м³ × 210,50 руб. × 1,5 = 1 010,40 руб.');
    expect(text).toContain(
      'Применён повышающий коэффициент 1,5: из-за него начислено на 336,80 руб. больше.',
    );
  });

  it('explains no meter, and a recalculation', async () => {
    await chargesPage();
    const text = squash(await open(4));
    expect(text).toContain(
      'Прибор учёта не установлен, поэтому начислено по нормативу потребления.',
    );
    expect(text).toContain('Перерасчёт −12,50 руб.');
    expect(text).not.toContain('Прибор учёта №');
  });

  it('says so when the account has no charges yet', async () => {
    await chargesPage({ 'charges.get': () => ok(noCharges()) });
    expect(text('charges-empty')).toBe(
      'Начислений по этому лицевому счёту пока нет. Они появятся после закрытия первого расчётного периода.',
    );
    expect(byTestId('charges-table')).toBeNull();
    expect(byTestId('charges-due')).toBeNull();
    expect(byTestId('charges-as-of')).toBeNull();
  });

  it('shows a failure in words with a retry that loads again', async () => {
    let calls = 0;
    await chargesPage({
      'charges.get': () => (++calls === 1 ? fail('central_unreachable') : ok(ivanovCharges())),
    });
    expect(text('account-error')).toContain('Нет связи с центральным сервисом');
    byTestId('account-retry')?.click();
    await flushPromises();
    expect(byTestId('account-error')).toBeNull();
    expect(allByTestId('charge-row')).toHaveLength(4);
  });

  it('follows the account switcher and reloads after a sync brought new data', async () => {
    const app = await chargesPage({
      'charges.get': ({ accountId }) =>
        ok(accountId === 1 ? ivanovCharges() : ivanovCharges({ ...petrovaAccount, services: [] })),
    });
    expect(app.fake.callsOf('charges.get')).toEqual([{ accountId: 1 }]);
    const session = (await import('../../renderer/stores/session.js')).useSessionStore(app.pinia);
    session.selectAccount(2);
    await flushPromises();
    expect(text('selected-account')).toContain('№5600012345');
    expect(text('charges-address')).toContain('ЛС № 5600012345');
    app.fake.emit('sync.status', syncStatus({ lastSyncAt: '2026-11-24T05:00:00.000Z' }));
    await flushPromises();
    expect(app.fake.callsOf('charges.get')).toEqual([
      { accountId: 1 },
      { accountId: 2 },
      { accountId: 2 },
    ]);
  });

  it('forgets the charges at sign-out: the next person loads their own', async () => {
    const app = await chargesPage();
    byTestId('sign-out')?.click();
    await flushPromises();
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    expect(document.body.textContent).not.toContain('883,50');
    await signIn(app);
    await app.router.push({ name: 'charges' });
    await flushPromises();
    expect(app.fake.callsOf('charges.get')).toEqual([{ accountId: 1 }, { accountId: 1 }]);
  });
});
