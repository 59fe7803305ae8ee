import { randomInt } from 'node:crypto';

import { GLYPHS, type Point } from './captcha-glyphs.js';

/** Random numbers for the drawing: a float in [min, max) and a pick from a list. */
export interface Dice {
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

export const cryptoDice: Dice = {
  between: (min, max) => min + (randomInt(0, 1_000_000) / 1_000_000) * (max - min),
  pick: (items) => items[randomInt(0, items.length)]!,
};

const WIDTH = 300;
const HEIGHT = 100;
/** Near-black inks: each has a contrast above 12:1 on the white background. */
const INKS = ['#102a43', '#1b1f3b', '#3b0d11', '#0b3d1f', '#2d0b3b'] as const;

const fmt = (n: number) => n.toFixed(1);

/** One character: skewed, scaled, rotated and jittered into its cell, then waved with the rest. */
function placeGlyph(
  char: string,
  cell: { x: number; width: number },
  dice: Dice,
  wave: (p: Point) => Point,
): string {
  const glyph = GLYPHS[char];
  if (!glyph) throw new TypeError(`no glyph for ${char}`);
  const angle = dice.between(-0.25, 0.25);
  const skew = dice.between(-0.2, 0.2);
  // at most ~80 % of the cell wide, so neighbours touch but do not merge
  const sx = (dice.between(0.68, 0.8) * cell.width) / 8;
  const sy = dice.between(4.3, 4.9);
  const cy = HEIGHT / 2 + dice.between(-7, 7);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const place = ([x, y]: Point): Point => {
    const gx = (x - 4 + dice.between(-0.3, 0.3) + skew * (y - 6)) * sx;
    const gy = (y - 6 + dice.between(-0.3, 0.3)) * sy;
    return wave([cell.x + gx * cos - gy * sin, cy + gx * sin + gy * cos]);
  };
  return glyph
    .map((line) => line.map(place).map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`))
    .map((commands) => commands.join(' '))
    .join(' ');
}

/** A curve across the whole image, from left edge to right edge. */
function crossingCurve(dice: Dice): string {
  const y = () => fmt(dice.between(15, HEIGHT - 15));
  return `M0 ${y()} C${fmt(dice.between(60, 120))} ${y()} ${fmt(dice.between(180, 240))} ${y()} ${WIDTH} ${y()}`;
}

function dots(dice: Dice, count: number, fill: string, radius: [number, number]): string[] {
  return Array.from(
    { length: count },
    () =>
      `<circle cx="${fmt(dice.between(0, WIDTH))}" cy="${fmt(dice.between(0, HEIGHT))}" r="${fmt(dice.between(...radius))}" fill="${fill}"/>`,
  );
}

/**
 * The challenge's text as an SVG image (300 × 100, scales to any size): thick dark strokes on
 * white, waved as a whole, light noise behind and thin crossing curves in front. No <text>.
 */
export function renderCaptchaSvg(text: string, dice: Dice = cryptoDice): string {
  const phase = dice.between(0, Math.PI * 2);
  const amplitude = dice.between(3, 6);
  const wave = ([x, y]: Point): Point => [
    x,
    y + amplitude * Math.sin((x / WIDTH) * 2 * Math.PI + phase),
  ];
  const ink = dice.pick(INKS);
  const margin = 22;
  const cell = (WIDTH - 2 * margin) / text.length;
  const letters = [...text].map((char, i) =>
    placeGlyph(char, { x: margin + cell * (i + 0.5), width: cell }, dice, wave),
  );
  const stroke = (d: string, color: string, width: number) =>
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${fmt(width)}" stroke-linecap="round" stroke-linejoin="round"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="Код безопасности">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    ...dots(dice, 40, '#c9d2dc', [1, 2.5]),
    stroke(crossingCurve(dice), '#dde3ea', 9),
    stroke(crossingCurve(dice), '#dde3ea', 7),
    ...letters.map((d) => stroke(d, ink, dice.between(4.6, 5.4))),
    stroke(crossingCurve(dice), ink, dice.between(1.6, 2.2)),
    stroke(crossingCurve(dice), ink, dice.between(1.4, 2)),
    ...dots(dice, 14, ink, [0.9, 1.6]),
    '</svg>',
  ].join('');
}
