import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';

import {
  generateCaptchaChallenge,
  normalizeImageAnswer,
} from '../../../server/identity/captcha.js';
import { CAPTCHA_ALPHABET, GLYPHS } from '../../../server/identity/captcha-glyphs.js';
import { renderCaptchaSvg } from '../../../server/identity/captcha-image.js';
import {
  numberInWords,
  parseNumberAnswer,
  spokenQuestion,
} from '../../../server/identity/captcha-question.js';

const window = new Window();
afterAll(() => window.happyDOM.close());

/** WCAG 2 contrast ratio of a #rrggbb colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

const challengeText = fc
  .array(fc.constantFrom(...CAPTCHA_ALPHABET), { minLength: 5, maxLength: 6 })
  .map((chars) => chars.join(''));

describe('captcha image', () => {
  it('is well-formed SVG of paths only: no text element and no answer inside', () => {
    fc.assert(
      fc.property(challengeText, (text) => {
        const svg = renderCaptchaSvg(text);
        const doc = new window.DOMParser().parseFromString(svg, 'image/svg+xml');
        expect(doc.getElementsByTagName('parsererror').length).toBe(0);
        const root = doc.documentElement;
        expect(root.tagName).toBe('svg');
        expect(root.getAttribute('viewBox')).toBe('0 0 300 100');
        expect(root.getAttribute('role')).toBe('img');
        const tags = new Set([...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));
        expect([...tags].sort()).toEqual(['circle', 'path', 'rect']);
        expect(svg).not.toContain(text);
        expect(svg).not.toMatch(/<text|<image|href=|url\(/);
        const glyphPaths = [...root.querySelectorAll('path')].filter(
          (p) => Number(p.getAttribute('stroke-width')) >= 4.5,
        );
        expect(glyphPaths).toHaveLength(text.length + 2);
        for (const path of root.querySelectorAll('path')) {
          for (const n of (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g) ?? [])
            expect(Number.isFinite(Number(n))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('draws its letters in one ink with a contrast of at least 12:1 on white', () => {
    for (let i = 0; i < 30; i += 1) {
      const svg = renderCaptchaSvg('ACEHK7');
      const inks = [...svg.matchAll(/stroke="(#[0-9a-f]{6})" stroke-width="(\d+\.\d)"/g)]
        .filter((m) => Number(m[2]) >= 4.5 && Number(m[2]) <= 5.5)
        .map((m) => m[1]!);
      expect(inks).toHaveLength(6);
      expect(new Set(inks).size).toBe(1);
      expect(contrastOnWhite(inks[0]!)).toBeGreaterThanOrEqual(12);
      expect(svg).toContain('<rect width="300" height="100" fill="#ffffff"/>');
    }
  });

  it('has a glyph for every character of the alphabet, and nothing ambiguous in it', () => {
    expect([...CAPTCHA_ALPHABET].every((c) => GLYPHS[c]!.length > 0)).toBe(true);
    for (const ambiguous of [
      '0',
      'O',
      'Q',
      '1',
      'I',
      'L',
      '2',
      'Z',
      '5',
      'S',
      '6',
      'G',
      '8',
      'B',
    ]) {
      expect(CAPTCHA_ALPHABET).not.toContain(ambiguous);
    }
  });

  it('challenges are 5 or 6 characters of the alphabet', () => {
    for (let i = 0; i < 200; i += 1) {
      const { text } = generateCaptchaChallenge();
      expect(text).toMatch(new RegExp(`^[${CAPTCHA_ALPHABET}]{5,6}$`));
    }
  });
});

describe('captcha answers', () => {
  it('the image answer ignores case, spaces and Cyrillic look-alikes', () => {
    fc.assert(
      fc.property(challengeText, fc.boolean(), (text, lower) => {
        const typed = [...(lower ? text.toLowerCase() : text)].join(' ');
        expect(normalizeImageAnswer(typed)).toBe(text);
      }),
    );
    expect(normalizeImageAnswer('АСЕНКМРТХУ')).toBe('ACEHKMPTXY');
  });

  it('every spoken question reads in Russian words and its answer parses back from digits and words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 1, max: 10 }),
        fc.boolean(),
        (a, b, minus) => {
          const picks = [a, b, minus ? 1 : 0];
          const { question, answer } = spokenQuestion(() => picks.shift()!);
          expect(question).toMatch(/^Сколько будет [а-яё ]+ (плюс|минус) [а-яё ]+\?$/);
          expect(answer).toBe(minus && a > b ? a - b : a + b);
          expect(answer).toBeGreaterThanOrEqual(1);
          expect(parseNumberAnswer(String(answer))).toBe(answer);
          expect(parseNumberAnswer(` ${numberInWords(answer).toUpperCase()} `)).toBe(answer);
        },
      ),
    );
    const picks = [7, 3, 0];
    expect(spokenQuestion(() => picks.shift()!)).toEqual({
      question: 'Сколько будет семь плюс три?',
      answer: 10,
    });
  });

  it('reads number words 0–30, feminine forms and ё', () => {
    expect(parseNumberAnswer('семь')).toBe(7);
    expect(parseNumberAnswer('двадцать  три')).toBe(23);
    expect(parseNumberAnswer('Две')).toBe(2);
    expect(parseNumberAnswer('тридцать')).toBe(30);
    expect(parseNumberAnswer('четыре с половиной')).toBeNull();
    expect(parseNumberAnswer('')).toBeNull();
  });
});
