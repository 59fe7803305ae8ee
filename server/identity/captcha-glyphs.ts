/**
 * A small stroke font for the captcha, drawn here so the SVG holds paths, never text a bot
 * could read. Each glyph is polylines on an 8 × 12 grid (y downwards), written as
 * "x,y x,y … | x,y …". The alphabet leaves out look-alikes (0/O/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B).
 */
export type Point = readonly [number, number];
export type Glyph = readonly (readonly Point[])[];

const P = '0,12 0,0 5.5,0 7.5,1 8,3.5 7.5,6 5.5,7 0,7';

const STROKES: Readonly<Record<string, string>> = {
  A: '0,12 4,0 8,12 | 1.5,7.5 6.5,7.5',
  C: '8,2.5 6.5,0.5 4,0 1.5,1 0,4 0,8 1.5,11 4,12 6.5,11.5 8,9.5',
  D: '0,0 0,12 4,12 7,10.5 8,6 7,1.5 4,0 0,0',
  E: '8,0 0,0 0,12 8,12 | 0,6 6,6',
  F: '8,0 0,0 0,12 | 0,6 6,6',
  H: '0,0 0,12 | 8,0 8,12 | 0,6 8,6',
  J: '8,0 8,9 6.5,11.5 4,12 1.5,11.5 0,9',
  K: '0,0 0,12 | 8,0 0,7.5 | 2.8,5 8,12',
  M: '0,12 0,0 4,7 8,0 8,12',
  N: '0,12 0,0 8,12 8,0',
  P,
  R: `${P} | 4,7 8,12`,
  T: '0,0 8,0 | 4,0 4,12',
  U: '0,0 0,8.5 1.5,11.3 4,12 6.5,11.3 8,8.5 8,0',
  V: '0,0 4,12 8,0',
  W: '0,0 2,12 4,4 6,12 8,0',
  X: '0,0 8,12 | 8,0 0,12',
  Y: '0,0 4,6 8,0 | 4,6 4,12',
  '3': '0.5,1.5 2.5,0 5.5,0 7.5,1.5 7.5,4 5.5,5.5 3,5.5 | 5.5,5.5 8,7.5 8,10 6,12 2.5,12 0,10.5',
  '4': '6,12 6,0 0,8.5 8,8.5',
  '7': '0,0 8,0 3,12',
  '9': '8,5 6,7 2.5,7 0,5 0,2 2.5,0 5.5,0 8,2 8,8 6.5,11 4,12 1,11',
};

function parseGlyph(strokes: string): Glyph {
  return strokes.split('|').map((line) =>
    line
      .trim()
      .split(/\s+/)
      .map((pair): Point => {
        const [x = 0, y = 0] = pair.split(',').map(Number);
        return [x, y];
      }),
  );
}

export const GLYPHS: Readonly<Record<string, Glyph>> = Object.fromEntries(
  Object.entries(STROKES).map(([char, strokes]) => [char, parseGlyph(strokes)]),
);

/** The characters a challenge is made of. */
export const CAPTCHA_ALPHABET = Object.keys(STROKES).join('');
