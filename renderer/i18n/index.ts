// vue-i18n in composition mode: Russian first, English second.
import type { InjectionKey } from 'vue';
import { createI18n } from 'vue-i18n';

import { en } from '../locales/en.js';
import { ru, type MessageSchema } from '../locales/ru.js';

export const supportedLocales = ['ru', 'en'] as const;
export type AppLocale = (typeof supportedLocales)[number];
export const defaultLocale: AppLocale = 'ru';

/** A fresh i18n instance; the app and every component test create their own. */
export function createKabinetI18n() {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale: defaultLocale,
    fallbackLocale: defaultLocale,
    messages: { ru, en },
  });
}

export type KabinetI18n = ReturnType<typeof createKabinetI18n>;

/** Lets stores reach the app's i18n (vue-i18n's own injection symbol is private per app). */
export const kabinetI18nKey: InjectionKey<KabinetI18n> = Symbol('kabinet-i18n');
