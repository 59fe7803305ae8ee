/**
 * A small seeded pseudo-random generator (sfc32) with the helpers the demo generator needs.
 * Streams are derived from (seed, purpose, index), so any account can be regenerated alone
 * and the same options always give the same data.
 */

/** Mixes 32-bit words into one well-spread 32-bit hash (murmur3's finaliser per word). */
export function hash32(...words: number[]): number {
  let h = 0x9e3779b9;
  for (const word of words) {
    let k = Math.imul(word | 0, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...seedWords: number[]) {
    this.a = hash32(...seedWords, 1);
    this.b = hash32(...seedWords, 2);
    this.c = hash32(...seedWords, 3);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next32();
  }

  /** Next unsigned 32-bit value. */
  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor((this.next32() / 0x1_0000_0000) * (max - min + 1));
  }

  /** True with probability `percent` / 100 (whole percents keep the arithmetic exact). */
  chance(percent: number): boolean {
    return this.int(0, 9999) < percent * 100;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Picks a key by integer weights, e.g. `{ cabinet: 45, kiosk: 15 }`. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((acc, [, w]) => acc + w, 0);
    let roll = this.int(1, total);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll <= 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /** A string of `length` random decimal digits. */
  digits(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += String(this.int(0, 9));
    return out;
  }
}

/**
 * A version-4-shaped UUID that is unique by construction: `high` (32 bits), `middle` (16) and
 * `low` (12) fill the first groups, a hash of everything the rest. (Hashing alone would give
 * only 32 bits of state, and a million readings would collide.)
 */
export function structuredUuid(high: number, middle: number, low: number, salt: number): string {
  const hex = (value: number, digits: number) =>
    (value >>> 0).toString(16).padStart(digits, '0').slice(-digits);
  const a = hash32(salt, high, middle, low);
  const b = hash32(a, salt);
  const variant = (8 + (a & 0x3)).toString(16);
  return `${hex(high, 8)}-${hex(middle, 4)}-4${hex(low, 3)}-${variant}${hex(a >>> 4, 3)}-${hex(a >>> 16, 4)}${hex(b, 8)}`;
}
