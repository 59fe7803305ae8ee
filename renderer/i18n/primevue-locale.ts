// PrimeVue's own visible strings (empty lists, the close button, the calendar) follow the app's
// language.
import type { PrimeVueConfiguration } from 'primevue/config';

import { calendarLocale } from './calendar-locale.js';

export function applyPrimeVueLocale(
  config: PrimeVueConfiguration,
  t: (key: string) => string,
  language = 'ru',
): void {
  const current = config.locale;
  config.locale = {
    ...current,
    ...calendarLocale(language),
    fileSizeTypes: current?.fileSizeTypes ?? [],
    emptyMessage: t('primevue.emptyMessage'),
    emptySearchMessage: t('primevue.emptySearchMessage'),
    emptySelectionMessage: t('primevue.emptySelectionMessage'),
    aria: { ...current?.aria, close: t('primevue.close') },
  };
}
