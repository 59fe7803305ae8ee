// @vitest-environment happy-dom
// The sandbox viewer: what the SMS and e-mail sandbox "sent", newest first, links opening in a
// new tab, refreshed by itself; only where the sandbox is on.
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { MethodOutput } from '../../shared/contract/methods.js';
import { fail, ok } from '../../shared/contract/result.js';
import { squash } from './support/dom-text.js';
import { appState } from './support/fixtures.js';
import { allByTestId, byTestId, mountApp, text } from './support/mount-app.js';

type Message = MethodOutput<'sandbox.messages'>[number];

const sms: Message = {
  id: 1,
  channel: 'sms',
  recipient: '+79127770011',
  subject: null,
  text: 'Код 482913 для подтверждения телефона в Едином личном кабинете. Никому не сообщайте его.',
  links: [],
  createdAt: '2026-11-24T09:05:00.000Z',
};
const mail: Message = {
  id: 2,
  channel: 'email',
  recipient: 'ivan@example.ru',
  subject: 'Подтверждение адреса электронной почты',
  text: 'Перейдите по ссылке: http://127.0.0.1:4100/link/email?token=abc',
  links: ['http://127.0.0.1:4100/link/email?token=abc'],
  createdAt: '2026-11-24T09:06:00.000Z',
};

afterEach(() => vi.useRealTimers());

describe('sandbox viewer', () => {
  it('lists the messages with recipient, time, subject, text and links', async () => {
    await mountApp(
      {
        'app.getState': () => ok(appState({ sandbox: true })),
        'sandbox.messages': () => ok([mail, sms]),
      },
      '/sandbox',
    );
    const cards = allByTestId('sandbox-message');
    expect(cards.map((card) => card.dataset.recipient)).toEqual([
      'ivan@example.ru',
      '+79127770011',
    ]);
    expect(squash(cards[0])).toContain('Тема: Подтверждение адреса электронной почты');
    expect(squash(cards[0])).toContain('24.11.2026 14:06');
    expect(squash(cards[1])).toContain('Код 482913');
    const link = cards[0]!.querySelector<HTMLAnchorElement>('[data-testid="sandbox-link-open"]');
    expect(link?.getAttribute('href')).toBe(mail.links[0]);
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toContain('noopener');
    expect(cards[1]!.querySelector('[data-testid="sandbox-link-open"]')).toBeNull();
  });

  it('refreshes by itself every few seconds', async () => {
    let held: Message[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await mountApp(
      {
        'app.getState': () => ok(appState({ sandbox: true })),
        'sandbox.messages': () => ok(held),
      },
      '/sandbox',
    );
    expect(text('sandbox-empty')).toBe('Сообщений пока нет.');
    held = [sms];
    await vi.advanceTimersByTimeAsync(3100);
    await flushPromises();
    expect(allByTestId('sandbox-message')).toHaveLength(1);
    expect(byTestId('sandbox-empty')).toBeNull();
  });

  it('says so where messages are really sent', async () => {
    await mountApp(
      {
        'app.getState': () => ok(appState({ sandbox: true })),
        'sandbox.messages': () => fail('not_found'),
      },
      '/sandbox',
    );
    expect(text('sandbox-problem')).toContain('Песочница недоступна');
  });

  it('does not exist without the sandbox', async () => {
    const app = await mountApp({ 'sandbox.messages': () => ok([sms]) }, '/sandbox');
    expect(app.router.currentRoute.value.name).toBe('sign-in');
    expect(app.fake.callsOf('sandbox.messages')).toEqual([]);
  });
});
