// Turns an error value from the main process into the i18n key of a sentence that says what to do.
import { inject } from 'vue';

import type { AppError } from '../../shared/contract/result.js';
import { kabinetI18nKey } from './index.js';

const FALLBACK_KEY = 'errors.internal';

/** Returns a resolver bound to the app's i18n; call it inside a store or component setup. */
export function useErrorKey(): (error: AppError) => string {
  const i18n = inject(kabinetI18nKey);
  if (!i18n) throw new Error('useErrorKey needs the i18n plugin installed on the app');
  const { te } = i18n.global;
  return (error) => {
    const candidates = [error.messageKey, `errors.${error.messageKey}`, `errors.${error.code}`];
    return candidates.find((key) => te(key, 'ru')) ?? FALLBACK_KEY;
  };
}

/** Returns `t` bound to the app's i18n, for stores that expose ready sentences. */
export function useTranslate(): (key: string) => string {
  const i18n = inject(kabinetI18nKey);
  if (!i18n) throw new Error('useTranslate needs the i18n plugin installed on the app');
  return (key) => i18n.global.t(key);
}
