// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import type { RequestView } from '../../shared/contract/request-views.js';
import { fail, ok } from '../../shared/contract/result.js';
import { squash } from './support/dom-text.js';
import type { Handlers } from './support/fake-kabinet.js';
import { appState, syncStatus } from './support/fixtures.js';
import {
  allByTestId,
  byTestId,
  type MountedApp,
  mountApp,
  signIn,
  text,
} from './support/mount-app.js';

function request(overrides: Partial<RequestView> = {}): RequestView {
  return {
    number: '12-000001',
    accountId: 1,
    topic: 'charges',
    body: 'Прошу проверить начисление за воду.',
    contact: '+79031234567',
    status: 'new',
    reason: null,
    createdAt: '2026-03-18T06:00:00.000Z',
    renumberedFrom: null,
    replies: [],
    ...overrides,
  };
}

/** A device that numbers requests 12-000034, 12-000035, … and lists what it holds. */
function requestsDevice(initial: RequestView[] = []) {
  let held = [...initial];
  let next = 34;
  const handlers: Handlers = {
    'requests.list': ({ accountId }) => ok(held.filter((r) => r.accountId === accountId)),
    'requests.create': (input) => {
      const view = request({
        ...input,
        number: `12-${String(next++).padStart(6, '0')}`,
        status: 'queued',
        createdAt: '2026-03-18T07:30:00.000Z',
      });
      held = [view, ...held];
      return ok(view);
    },
  };
  return {
    handlers,
    change(number: string, patch: Partial<RequestView>) {
      held = held.map((r) => (r.number === number ? { ...r, ...patch } : r));
    },
  };
}

async function requestsPage(handlers: Handlers): Promise<MountedApp> {
  const app = await mountApp(handlers);
  await signIn(app);
  await app.router.push({ name: 'requests' });
  await flushPromises();
  return app;
}

async function chooseTopic(label: string): Promise<void> {
  byTestId('request-topic')!.click();
  await flushPromises();
  const option = allByTestId('request-topic-option').find((o) => squash(o) === label);
  if (!option) throw new Error(`no topic ${label}`);
  option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  await flushPromises();
}

async function type(id: 'request-body' | 'request-contact', value: string): Promise<void> {
  const field = byTestId(id) as HTMLInputElement | HTMLTextAreaElement;
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  await flushPromises();
}

async function send(): Promise<void> {
  byTestId('request-submit')!.click();
  await flushPromises();
}

describe('"Заявки"', () => {
  it('is the last tab, explains the number and prefills the contact with the phone', async () => {
    const app = await requestsPage(requestsDevice().handlers);
    const tabs = [...document.querySelectorAll('nav a')].map(squash);
    // "Заявки" is the last section before "Настройки" (issue 4).
    expect(tabs.slice(-2)).toEqual(['Заявки', 'Настройки']);
    expect(byTestId('requests-page')).not.toBeNull();
    expect(text('request-numbering')).toContain(
      'Номер заявки формируется на этом устройстве: номер устройства и порядковый номер заявки на нём.',
    );
    expect((byTestId('request-contact') as HTMLInputElement).value).toBe('+79031234567');
    expect(text('request-body-counter')).toBe('0 из 2000 символов');
    expect(text('request-list-empty')).toBe('По этому лицевому счёту заявок пока нет.');
    expect(app.fake.callsOf('requests.list')).toEqual([{ accountId: 1 }]);
  });

  it('asks for what is missing and sends nothing', async () => {
    const app = await requestsPage(requestsDevice().handlers);
    await send();
    expect(text('request-error')).toBe('Выберите тему заявки.');
    await chooseTopic('Начисления и перерасчёт');
    await type('request-body', '   ');
    await send();
    expect(text('request-error')).toBe('Напишите текст обращения.');
    await type('request-body', 'Текст');
    await type('request-contact', '');
    await send();
    expect(text('request-error')).toBe('Укажите телефон или электронную почту для ответа.');
    expect(app.fake.callsOf('requests.create')).toEqual([]);
  });

  it('files a request, shows its number at once and lists it as waiting to be sent', async () => {
    const app = await requestsPage(requestsDevice().handlers);
    await chooseTopic('Прибор учёта: замена, поверка, неисправность');
    await type('request-body', 'Счётчик воды не крутится.');
    expect(text('request-body-counter')).toBe('25 из 2000 символов');
    expect((byTestId('request-body') as HTMLTextAreaElement).maxLength).toBe(2000);
    await send();
    expect(app.fake.callsOf('requests.create')).toEqual([
      { accountId: 1, topic: 'meter', body: 'Счётчик воды не крутится.', contact: '+79031234567' },
    ]);
    expect(text('request-accepted')).toContain('Заявка принята. Номер заявки: 12-000034');
    expect(text('request-number')).toBe('12-000034');
    expect(text('request-accepted-note')).toBe(
      'Заявка отправляется на сервер; статус обновится сам.',
    );
    const [row] = allByTestId('request-row');
    expect(squash(row?.querySelector('[data-testid="request-status"]'))).toBe('Ожидает отправки');
    expect(squash(row)).toContain('Прибор учёта: замена, поверка, неисправность');
    // The form is ready for the next request; the contact stays.
    expect((byTestId('request-body') as HTMLTextAreaElement).value).toBe('');
    expect((byTestId('request-contact') as HTMLInputElement).value).toBe('+79031234567');
  });

  it('offline, says the request will be sent when the connection returns', async () => {
    const device = requestsDevice();
    await requestsPage({
      ...device.handlers,
      'sync.getStatus': () => ok(syncStatus({ online: false, lastError: 'central_unreachable' })),
    });
    await chooseTopic('Оплата');
    await type('request-body', 'Платёж не отразился.');
    await send();
    expect(text('request-number')).toBe('12-000034');
    expect(text('request-accepted-note')).toBe(
      'Сейчас нет связи с сервером: заявка будет отправлена, когда появится связь.',
    );
  });

  it('shows every status in Russian, the rejection reason, replies and a changed number', async () => {
    const device = requestsDevice([
      request({ number: '12-000006', status: 'queued', createdAt: '2026-03-18T06:00:00.000Z' }),
      request({
        number: '12-000005',
        status: 'rejected',
        reason: 'Лицевой счёт не привязан к вашему профилю.',
        createdAt: '2026-03-17T06:00:00.000Z',
      }),
      request({ number: '12-000004', status: 'new', createdAt: '2026-03-16T06:00:00.000Z' }),
      request({
        number: '12-000003',
        status: 'in_progress',
        createdAt: '2026-03-15T06:00:00.000Z',
      }),
      request({
        number: '12-000002-2',
        renumberedFrom: '12-000002',
        status: 'answered',
        createdAt: '2026-03-14T06:00:00.000Z',
        replies: [
          {
            author: 'Оператор ЕРЦ',
            body: 'Перерасчёт будет в апреле.',
            createdAt: '2026-03-14T09:30:00.000Z',
          },
        ],
      }),
      request({ number: '12-000001', status: 'closed', createdAt: '2026-03-13T06:00:00.000Z' }),
    ]);
    await requestsPage(device.handlers);
    const rows = allByTestId('request-row');
    expect(rows.map((r) => squash(r.querySelector('[data-testid="request-status"]')))).toEqual([
      'Ожидает отправки',
      'Отклонена: Лицевой счёт не привязан к вашему профилю.',
      'Новая',
      'В работе',
      'Получен ответ',
      'Закрыта',
    ]);
    expect(squash(rows[0])).toContain('Заявка № 12-000006 от 18.03.2026 11:00');
    expect(allByTestId('request-reply').map(squash)).toEqual([
      'Оператор ЕРЦ, 14.03.2026 14:30 Перерасчёт будет в апреле.',
    ]);
    expect(text('request-renumbered')).toBe(
      'Номер 12-000002, выданный устройством, уже был занят, поэтому сервер присвоил заявке номер 12-000002-2. Называйте оператору новый номер.',
    );
  });

  it('refreshes statuses when the outbox changes, and says the request reached the server', async () => {
    const device = requestsDevice([request({ number: '12-000007', status: 'queued' })]);
    const app = await requestsPage(device.handlers);
    await chooseTopic('Другое');
    await type('request-body', 'Вопрос по договору.');
    await send();
    expect(text('request-accepted-note')).toBe(
      'Заявка отправляется на сервер; статус обновится сам.',
    );
    device.change('12-000007', { status: 'new' });
    device.change('12-000034', { status: 'new' });
    app.fake.emit('outbox.changed', { pending: 0 });
    await flushPromises();
    expect(allByTestId('request-status').map(squash)).toEqual(['Новая', 'Новая']);
    expect(text('request-number')).toBe('12-000034');
    expect(text('request-accepted-note')).toBe(
      'Заявка передана на сервер. Статус и ответы — в списке «Мои заявки».',
    );
  });

  it("says what went wrong when the device refuses, and keeps the person's text", async () => {
    await requestsPage({
      ...requestsDevice().handlers,
      'requests.create': () => fail('not_signed_in'),
    });
    await chooseTopic('Другое');
    await type('request-body', 'Вопрос');
    await send();
    expect(text('request-error')).toBe('Сеанс завершён. Войдите в личный кабинет снова.');
    expect((byTestId('request-body') as HTMLTextAreaElement).value).toBe('Вопрос');
    expect(byTestId('request-number')).toBeNull();
  });
});

describe('"Заявки" on a kiosk', () => {
  const kiosk = { 'app.getState': () => ok(appState({ profile: 'kiosk' })) };

  async function tapKey(char: string): Promise<void> {
    const key = [...document.querySelectorAll<HTMLElement>('[data-testid="keyboard-key"]')].find(
      (k) => k.dataset.char === char,
    );
    if (!key) throw new Error(`no key ${char}`);
    key.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, cancelable: true }));
    key.click();
    await flushPromises();
  }

  it('types the text on the on-screen keyboard and notes that texts are not kept', async () => {
    const device = requestsDevice([request({ number: '12-000009', body: null, contact: null })]);
    const app = await requestsPage({ ...kiosk, ...device.handlers });
    const body = byTestId('request-body') as HTMLTextAreaElement;
    expect(body.getAttribute('inputmode')).toBe('none');
    expect(byTestId('request-contact')?.getAttribute('inputmode')).toBe('none');
    body.focus();
    await flushPromises();
    for (const char of 'счёт') await tapKey(char);
    expect(body.value).toBe('счёт');
    expect(text('request-body-counter')).toBe('4 из 2000 символов');
    await chooseTopic('Лицевой счёт и личные данные');
    body.focus();
    byTestId('keyboard-enter')!.click();
    await flushPromises();
    expect(app.fake.callsOf('requests.create')).toEqual([
      { accountId: 1, topic: 'account', body: 'счёт', contact: '+79031234567' },
    ]);
    expect(text('request-number')).toBe('12-000034');
    expect(text('request-no-text')).toBe(
      'Текст заявки не хранится на киоске: здесь показаны тема, номер, статус и ответы.',
    );
  });
});
