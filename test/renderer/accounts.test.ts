// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { fail, ok } from '../../shared/contract/result.js';
import { ru } from '../../renderer/locales/ru.js';
import { ivanovAccount, ivanovDetails, petrovaDetails, sessionView } from './support/fixtures.js';
import { allByTestId, byTestId, mountApp, signIn, text } from './support/mount-app.js';

/** Text as a reader sees it: text nodes joined by spaces (elements break words apart). */
function squash(el: Element | null | undefined): string {
  if (!el) return '';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    parts.push(node.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map(squash);

async function signedIn(handlers = {}) {
  const app = await mountApp(handlers);
  await signIn(app);
  return app;
}

describe('accounts page (Рис. 12)', () => {
  it('shows the owner, phone, address and the selected account line', async () => {
    await signedIn();
    expect(text('owner-name')).toBe('Иванов Иван Иванович');
    expect(text('owner-phone')).toBe('+7 (903) 123 45 67');
    expect(text('owner-address')).toBe('г. Оренбург, ул. Советская, д. 1, кв. 11');
    expect(text('selected-account')).toBe('Вы выбрали л.счет: №1234567890 Иванов Иван Иванович');
    expect(text('region-block-name')).toBe('Оренбургская область');
    expect(text('region-account-line')).toBe(
      'г. Оренбург, ул. Советская, д. 1, кв. 11, ЛС № 1234567890',
    );
    expect(text('premises-facts')).toBe('Площадь: 54,3 м² · Комнат: 2 · Проживает: 3');
    expect(text('check-note')).toBe(ru.accounts.checkNote);
  });

  it('lists services with meters, supplier and tariffs with a decimal comma and zone names', async () => {
    await signedIn();
    const headers = [...document.querySelectorAll('[data-testid="services-table"] th')].map(squash);
    expect(headers).toEqual(['Услуга', 'Приборы учёта', 'Поставщик', 'Тариф, руб']);
    const rows = allByTestId('service-row').map(cells);
    expect(rows).toEqual([
      [
        'Электроэнергия',
        '1',
        'АО «Оренбургсельэнергосбыт»',
        'Т1 (день) 5,66 · Т2 (ночь) 3,20 за кВт·ч',
      ],
      ['Холодное водоснабжение', '1', 'ООО «Оренбург Водоканал»', '45,12 за м³'],
    ]);
  });

  it('lists meters with type, serial, number of rates and verification dates', async () => {
    await signedIn();
    const headers = [...document.querySelectorAll('[data-testid="meters-table"] th')].map(squash);
    expect(headers).toEqual([
      'Услуга',
      'Тип',
      'Заводской номер',
      'Тарифность',
      'Дата поверки',
      'Дата следующей поверки',
    ]);
    const rows = allByTestId('meter-row').map(cells);
    expect(rows).toEqual([
      [
        'Электроэнергия',
        'Индивидуальный',
        '011552148',
        'Двухтарифный',
        '01.03.2019',
        '01.03.2027 Скоро поверка',
      ],
      [
        'Холодное водоснабжение',
        'Общедомовой',
        'ВК-77120',
        'Однотарифный',
        '15.05.2022',
        '15.05.2028',
      ],
    ]);
  });

  it('warns about a verification due soon only for the flagged meter', async () => {
    await signedIn();
    const warnings = allByTestId('verification-warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.dataset.kind).toBe('due-soon');
    expect(warnings[0]?.dataset.serial).toBe('011552148');
    expect(squash(warnings[0])).toContain(
      'Скоро поверка: до 01.03.2027. После истечения срока поверки прибор считается вышедшим из строя: начисление пойдёт по среднему потреблению, затем по нормативу.',
    );
    expect(allByTestId('verification-tag').map((el) => el.dataset.kind)).toEqual(['due-soon']);
  });

  it('shows no verification warning when no meter is flagged', async () => {
    const calm = ivanovDetails();
    calm.meters = calm.meters.map((m) => ({ ...m, verificationDueSoon: false }));
    await signedIn({ 'accounts.getDetails': () => ok(calm) });
    expect(allByTestId('meter-row')).toHaveLength(2);
    expect(allByTestId('verification-warning')).toEqual([]);
    expect(allByTestId('verification-tag')).toEqual([]);
  });

  it('shows every supplier requisite on its own card', async () => {
    await signedIn();
    const cards = allByTestId('supplier-card');
    expect(cards).toHaveLength(2);
    const first = cards[0]!;
    const field = (key: string) => squash(first.querySelector(`[data-testid="supplier-${key}"]`));
    expect(squash(first.querySelector('[data-testid="supplier-name"]'))).toBe(
      'АО «Оренбургсельэнергосбыт»',
    );
    expect(field('inn')).toBe('5612042824');
    expect(field('kpp')).toBe('561201001');
    expect(field('bank')).toBe('ПАО Сбербанк');
    expect(field('bic')).toBe('045354601');
    expect(field('settlement')).toBe('40702810846000001234');
    expect(field('correspondent')).toBe('30101810600000000601');
    expect(field('address')).toBe('г. Оренбург, ул. Аксакова, д. 3а');
    expect(field('phone')).toBe('+7 (353) 230 00 00');
    expect(field('site')).toBe('orenses.ru');
  });

  it('switches to another linked account, loads it and shows its overdue meter', async () => {
    const app = await signedIn();
    expect(app.fake.callsOf('accounts.getDetails')).toEqual([{ accountId: 1 }]);
    const switcher = byTestId('account-switcher')!;
    switcher.click();
    await flushPromises();
    const options = allByTestId('account-option');
    expect(options.map(squash)).toEqual([
      '№1234567890, г. Оренбург, ул. Советская, д. 1, кв. 11',
      '№5600012345, г. Оренбург, пр-т Победы, д. 40, кв. 7',
    ]);
    // PrimeVue's Select picks an option on mousedown, as a real click does.
    options[1]!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    await flushPromises();
    expect(app.fake.callsOf('accounts.getDetails')).toEqual([{ accountId: 1 }, { accountId: 2 }]);
    expect(text('owner-name')).toBe('Петрова Анна Сергеевна');
    expect(text('owner-phone')).toBe(ru.accounts.noPhone);
    expect(text('selected-account')).toBe('Вы выбрали л.счет: №5600012345 Петрова Анна Сергеевна');
    expect(allByTestId('service-row').map(cells)[0]?.[3]).toBe(
      'Т1 (пик) 6,90 · Т2 (ночь) 3,20 · Т3 (полупик) 5,66 за кВт·ч',
    );
    const warnings = allByTestId('verification-warning');
    expect(warnings.map((w) => w.dataset.kind)).toEqual(['overdue']);
    expect(squash(warnings[0])).toContain('Срок поверки истёк 01.01.2026.');
    expect(allByTestId('verification-tag').map((el) => el.dataset.kind)).toEqual(['overdue']);
  });

  it('has no switcher when only one account is linked', async () => {
    await signedIn({ 'session.signIn': () => ok(sessionView([ivanovAccount])) });
    expect(byTestId('account-switcher')).toBeNull();
    expect(text('owner-name')).toBe('Иванов Иван Иванович');
  });

  it('says so when no account is linked', async () => {
    const app = await signedIn({ 'session.signIn': () => ok(sessionView([])) });
    expect(text('no-accounts')).toBe(ru.accounts.noAccounts);
    expect(app.fake.callsOf('accounts.getDetails')).toEqual([]);
  });

  it('shows a skeleton while loading, then an error with a retry that reloads', async () => {
    let release: () => void = () => {};
    let attempt = 0;
    const app = await mountApp({
      'accounts.getDetails': () => {
        attempt += 1;
        if (attempt === 1)
          return new Promise((resolve) => (release = () => resolve(fail('central_error'))));
        return ok(petrovaDetails());
      },
    });
    const signingIn = signIn(app);
    await signingIn;
    expect(byTestId('account-loading')).not.toBeNull();
    release();
    await flushPromises();
    expect(byTestId('account-loading')).toBeNull();
    expect(text('account-error')).toContain(ru.errors.central_error);
    byTestId('account-retry')!.click();
    await flushPromises();
    expect(byTestId('account-error')).toBeNull();
    expect(text('owner-name')).toBe('Петрова Анна Сергеевна');
  });
});
