#!/usr/bin/env node
// Draws build/icon.png (1024×1024, RGBA) without any image tool: a blue rounded square with a
// white house and a lit window — "the resident's cabinet". electron-builder derives the Windows
// .ico and the Linux icon sizes from it. Run: node scripts/make-icon.mjs [out.png] [size]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SAMPLES = 4; // supersampling per axis, for smooth edges

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels as a PNG file. */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0;
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1); each returns true when the point is inside.
const roundedSquare = (x, y, inset, radius) => {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return (
    x >= inset &&
    x <= 1 - inset &&
    y >= inset &&
    y <= 1 - inset &&
    dx * dx + dy * dy <= radius * radius
  );
};
const roof = (x, y) =>
  y >= 0.2 && y <= 0.47 && Math.abs(x - 0.5) <= (y - 0.2) * (0.3 / 0.27) + 0.02;
const walls = (x, y) => x >= 0.27 && x <= 0.73 && y >= 0.45 && y <= 0.8;
const window_ = (x, y) => x >= 0.42 && x <= 0.58 && y >= 0.53 && y <= 0.67;

const BLUE = [21, 94, 168];
const WHITE = [255, 255, 255];
const AMBER = [245, 176, 38];

function colourAt(x, y) {
  if (!roundedSquare(x, y, 0.04, 0.18)) return null;
  if (window_(x, y)) return AMBER;
  if (roof(x, y) || walls(x, y)) return WHITE;
  return BLUE;
}

/** Renders the icon at `size`×`size` with supersampled edges. */
export function renderIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(
            (px + (sx + 0.5) / SAMPLES) / size,
            (py + (sy + 0.5) / SAMPLES) / size,
          );
          if (colour === null) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += colour[i];
        }
      }
      const at = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let i = 0; i < 3; i++) rgba[at + i] = Math.round(sum[i] / covered);
      rgba[at + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  return encodePng(size, size, rgba);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../build/icon.png', import.meta.url));
  const size = Number(process.argv[3] ?? 1024);
  writeFileSync(out, renderIcon(size));
  process.stdout.write(`wrote ${out} (${size}×${size})\n`);
}
