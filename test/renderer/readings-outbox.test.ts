// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { cells } from './support/dom-text.js';
import { syncStatus } from './support/fixtures.js';
import { byTestId, text } from './support/mount-app.js';
import { outboxDevice } from './support/outbox-device.js';
import {
  readingInput,
  readingsPage,
  submitAndContinue,
  typeReading,
} from './support/readings-page.js';

const dialog = () => byTestId('readings-confirm');

describe('reading statuses through the outbox', () => {
  it('"Продолжить" queues the reading: "Ожидает отправки", the input cleared, then "Принято"', async () => {
    const device = outboxDevice();
    const app = await readingsPage(device.handlers);
    await typeReading('101533383', 'single', '1234');
    await submitAndContinue();
    expect(app.fake.callsOf('readings.submit')).toEqual([
      {
        accountId: 1,
        meterId: 100,
        values: [{ zone: 'single', value: '1234' }],
        confirmed: { rollover: false, jump: false },
      },
    ]);
    expect(dialog()).toBeNull();
    expect(text('reading-status-101533383')).toBe('Ожидает отправки');
    expect(readingInput('101533383', 'single').value).toBe('');
    expect(text('readings-result')).toContain('Показания переданы.');
    expect(byTestId('readings-error')).toBeNull();
    const row = cells(byTestId('readings-meter-101533383'));
    expect(row[5]).toBe('1234 Ожидает отправки');
    expect(row[7]).toBe('24.11.2026 09:15');

    device.settle(100, { status: 'applied', period: '2026-11' });
    app.fake.emit('outbox.changed', { pending: 0 });
    await flushPromises();
    expect(text('reading-status-101533383')).toBe('Принято');
  });

  it("shows the service's rejection reason once the outbox hears it", async () => {
    const device = outboxDevice();
    const app = await readingsPage(device.handlers);
    await typeReading('101533383', 'single', '1234');
    await submitAndContinue();
    device.settle(100, {
      status: 'rejected',
      reason: 'Показание меньше принятого 25.11.2026 (1300).',
    });
    app.fake.emit('outbox.changed', { pending: 0 });
    await flushPromises();
    expect(text('reading-status-101533383')).toBe(
      'Отклонено: Показание меньше принятого 25.11.2026 (1300).',
    );
    expect(byTestId('reading-status-101533383')?.dataset.status).toBe('rejected');
  });

  it('offline: the reading waits and the page says it goes out when the connection returns', async () => {
    await readingsPage({
      ...outboxDevice().handlers,
      'sync.getStatus': () => ok(syncStatus({ online: false })),
    });
    await typeReading('101533383', 'single', '1234');
    await submitAndContinue();
    expect(text('reading-status-101533383')).toBe(
      'Ожидает отправки: будет передано, когда восстановится связь',
    );
    expect(text('readings-result')).toBe(
      'Нет связи с центральным сервисом: показания сохранены на этом устройстве и будут отправлены автоматически, когда связь восстановится.',
    );
  });
});
