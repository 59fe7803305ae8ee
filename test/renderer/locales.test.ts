// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { errorCodes } from '../../shared/contract/result.js';
import { createKabinetI18n } from '../../renderer/i18n/index.js';
import { en } from '../../renderer/locales/en.js';
import { ru } from '../../renderer/locales/ru.js';

function keyPaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keyPaths(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function leaves(messages: object): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'object' && value !== null ? leaves(value) : [String(value)],
  );
}

describe('locales', () => {
  it('Russian and English have exactly the same keys', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(ru).sort());
  });

  it('no message is empty', () => {
    for (const text of [...leaves(ru), ...leaves(en)]) expect(text.trim()).not.toBe('');
  });

  it.each(errorCodes)('error code %s has a Russian sentence that ends the thought', (code) => {
    const message = ru.errors[code];
    expect(message).toMatch(/[А-Яа-яЁё]/);
    expect(message).toMatch(/[.!]$/);
    expect(en.errors[code]).toMatch(/[.!]$/);
  });

  it('has no message for a code the contract does not know', () => {
    expect(Object.keys(ru.errors).sort()).toEqual([...errorCodes].sort());
  });

  it('every message compiles and renders in both languages (no stray @ or | syntax)', () => {
    const i18n = createKabinetI18n();
    for (const locale of ['ru', 'en'] as const) {
      i18n.global.locale.value = locale;
      for (const key of keyPaths(ru)) {
        const rendered = i18n.global.t(key, { number: '1', owner: 'x', time: 't', seconds: 5 });
        expect(rendered, `${locale}:${key}`).not.toBe(key);
        expect(rendered).not.toMatch(/[{}]/);
      }
    }
  });
});
