// PrimeVue's own visible strings (empty lists, the close button) follow the app's language.
import type { PrimeVueConfiguration } from 'primevue/config';

export function applyPrimeVueLocale(
  config: PrimeVueConfiguration,
  t: (key: string) => string,
): void {
  const current = config.locale;
  config.locale = {
    ...current,
    fileSizeTypes: current?.fileSizeTypes ?? [],
    dayNames: current?.dayNames ?? [],
    dayNamesShort: current?.dayNamesShort ?? [],
    dayNamesMin: current?.dayNamesMin ?? [],
    monthNames: current?.monthNames ?? [],
    monthNamesShort: current?.monthNamesShort ?? [],
    emptyMessage: t('primevue.emptyMessage'),
    emptySearchMessage: t('primevue.emptySearchMessage'),
    emptySelectionMessage: t('primevue.emptySelectionMessage'),
    aria: { ...current?.aria, close: t('primevue.close') },
  };
}
