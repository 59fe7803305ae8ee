// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';

import { ok } from '../../shared/contract/result.js';
import { appState, syncStatus } from './support/fixtures.js';
import { byTestId, mountApp, signIn, text } from './support/mount-app.js';

describe('sync indicator and banners', () => {
  it('shows "В сети" and the last update in the region time zone', async () => {
    const app = await mountApp();
    await signIn(app);
    expect(byTestId('sync-indicator')?.dataset.state).toBe('online');
    expect(text('sync-state')).toBe('В сети');
    expect(text('sync-updated')).toBe('Обновлено: 24.11.2026 09:15');
    expect(byTestId('sync-progress')).toBeNull();
    expect(byTestId('banner-offline')).toBeNull();
  });

  it('follows sync.status events: offline with the offline banner, then loading progress', async () => {
    const app = await mountApp();
    await signIn(app);
    app.fake.emit('sync.status', syncStatus({ online: false }));
    await flushPromises();
    expect(byTestId('sync-indicator')?.dataset.state).toBe('offline');
    expect(text('sync-state')).toBe('Нет связи');
    expect(text('banner-offline')).toBe(
      'Нет связи с центральным сервисом. Показаны данные на 24.11.2026 09:15',
    );

    app.fake.emit(
      'sync.status',
      syncStatus({ online: true, running: true, progress: { done: 12000, total: 48000 } }),
    );
    await flushPromises();
    expect(text('sync-state')).toBe('В сети');
    // Thousands are split by a non-breaking space, so a number never wraps across lines.
    expect(byTestId('sync-progress')?.textContent?.trim()).toBe(
      'Загрузка данных: 12\u00a0000 из 48\u00a0000',
    );
    expect(byTestId('banner-offline')).toBeNull();
    expect(
      document.querySelector('[data-testid="sync-indicator"] [role="progressbar"]'),
    ).not.toBeNull();
  });

  it('says when nothing was ever synchronised while offline', async () => {
    const app = await mountApp({
      'sync.getStatus': () => ok(syncStatus({ online: false, lastSyncAt: null })),
    });
    await signIn(app);
    expect(text('sync-updated')).toBe('Данные ещё не загружались');
    expect(text('banner-offline')).toContain('Нет связи с центральным сервисом.');
  });

  it('announces a rebuilt cache while data loads again, and not after', async () => {
    const app = await mountApp({
      'app.getState': () => ok(appState({ cacheRebuilt: true })),
      'sync.getStatus': () =>
        ok(syncStatus({ running: true, lastSyncAt: null, progress: { done: 0, total: 48000 } })),
    });
    await signIn(app);
    expect(text('banner-cache')).toBe(
      'Локальные данные были повреждены и загружаются заново с сервера',
    );
    app.fake.emit('sync.status', syncStatus());
    await flushPromises();
    expect(byTestId('banner-cache')).toBeNull();
  });

  it('subscribes once to sync.status and to session.ended', async () => {
    const app = await mountApp();
    await signIn(app);
    expect(app.fake.listenerCount('sync.status')).toBe(1);
    expect(app.fake.listenerCount('session.ended')).toBe(1);
  });
});
