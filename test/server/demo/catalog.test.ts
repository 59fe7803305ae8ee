import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { verifyPassword } from '../../../server/auth/password.js';
import { DemoCatalog } from '../../../server/demo/catalog/catalog.js';
import { REGIONS } from '../../../server/demo/catalog/regions.js';
import {
  indexedPrice,
  tariffStart,
  tariffStartsBetween,
} from '../../../server/demo/catalog/tariffs.js';
import {
  BULK_USER_HASH,
  DEMO2_USER_HASH,
  DEMO_PASSWORD,
  DEMO_USER_HASH,
} from '../../../server/demo/passwords.js';
import { Rng, structuredUuid } from '../../../server/demo/prng.js';

describe('demo catalog', () => {
  it('gives every supplier a distinct INN and settlement account', () => {
    const suppliers = REGIONS.flatMap((r) => r.suppliers);
    expect(new Set(suppliers.map((s) => s.inn)).size).toBe(suppliers.length);
    expect(new Set(suppliers.map((s) => s.settlementAccount)).size).toBe(suppliers.length);
    for (const region of REGIONS) {
      expect(region.suppliers.length).toBeGreaterThanOrEqual(3);
      expect(region.suppliers.length).toBeLessThanOrEqual(5);
    }
    expect(REGIONS.reduce((acc, r) => acc + r.share, 0)).toBe(100);
  });

  it('changes tariffs on 1 January and 1 July and indexes them up over time', () => {
    expect(tariffStart('2026-06-30')).toBe('2026-01-01');
    expect(tariffStart('2026-07-01')).toBe('2026-07-01');
    expect(tariffStartsBetween('2025-10-01', '2026-11-24')).toEqual([
      '2025-07-01',
      '2026-01-01',
      '2026-07-01',
    ]);
    expect(indexedPrice('5.98', '2025-07-01')).toBe('5.98');
    expect(indexedPrice('5.98', '2026-01-01')).toBe('6.07'); // +1.5 %
    expect(indexedPrice('5.98', '2026-07-01')).toBe('6.62'); // then +9 %
    expect(indexedPrice('5.98', '2025-01-01')).toBe('5.49'); // undoing July 2025
    const starts = tariffStartsBetween('2019-01-01', '2031-12-31');
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 1_000_000 }),
        fc.integer({ min: 1, max: starts.length - 1 }),
        (kopecks, i) => {
          const base = (kopecks / 100).toFixed(2);
          const [earlier, later] = [
            indexedPrice(base, starts[i - 1]!),
            indexedPrice(base, starts[i]!),
          ];
          expect(Number(later)).toBeGreaterThanOrEqual(Number(earlier));
        },
      ),
    );
  });

  it('prices electricity per scheme: peak > day > single = semi-peak > night', () => {
    const catalog = new DemoCatalog('2025-10-01', '2026-11-24');
    const orenburg = REGIONS.findIndex((r) => r.code === 'orenburg');
    const price = (zoneCount: 1 | 2 | 3, zone: 'single' | 'T1' | 'T2' | 'T3') =>
      catalog.price(orenburg, 'electricity', zoneCount, zone, '2026-11');
    expect([price(1, 'single'), price(2, 'T1'), price(2, 'T2')]).toEqual(['6.62', '7.10', '3.97']);
    expect([price(3, 'T1'), price(3, 'T2'), price(3, 'T3')]).toEqual(['7.61', '3.97', '6.62']);
    expect(() => price(1, 'T1')).toThrow(RangeError);
    expect(() => price(2, 'T3')).toThrow(RangeError);
    expect(() => catalog.price(orenburg, 'heating', 2, 'T1', '2026-11')).toThrow(RangeError);
    // Every row's zone belongs to its scheme; only electricity has more than the single one.
    for (const t of catalog.tariffs) {
      expect(t.zoneCount === 1).toBe(t.zone === 'single');
      if (t.zone === 'T3') expect(t.zoneCount).toBe(3);
    }
    const electricity = catalog.serviceId(orenburg, 'electricity');
    const schemes = catalog.tariffs
      .filter((t) => t.serviceId === electricity && t.validFrom === '2026-07-01')
      .map((t) => [t.zoneCount, t.zone, t.price]);
    expect(schemes).toEqual([
      [1, 'single', '6.62'],
      [2, 'T1', '7.10'],
      [2, 'T2', '3.97'],
      [3, 'T1', '7.61'],
      [3, 'T2', '3.97'],
      [3, 'T3', '6.62'],
    ]);
    const electricityIds = new Set(REGIONS.map((_, r) => catalog.serviceId(r, 'electricity')));
    const others = catalog.tariffs.filter((t) => !electricityIds.has(t.serviceId));
    expect(others.length).toBeGreaterThan(0);
    expect(new Set(others.map((t) => t.zoneCount))).toEqual(new Set([1]));
  });

  it('keeps demo password hashes that verify against the documented password', async () => {
    for (const hash of [DEMO_USER_HASH, DEMO2_USER_HASH, BULK_USER_HASH]) {
      expect(await verifyPassword(hash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(hash, 'kabinet-2026')).toBe(false);
    }
  });
});

describe('seeded random streams', () => {
  it('repeat for the same seed and differ for another', () => {
    const take = (seed: number) => Array.from({ length: 8 }, (_, i) => new Rng(seed, i).next32());
    expect(take(2026)).toEqual(take(2026));
    expect(take(2026)).not.toEqual(take(2027));
  });

  it('stay within bounds and make unique version-4 shaped UUIDs', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(-3, 3);
      expect(n >= -3 && n <= 3).toBe(true);
    }
    const shape = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const ids = new Set<string>();
    for (let meter = 1; meter <= 2000; meter++) {
      for (let period = 0; period < 62; period++) {
        for (let zone = 0; zone < 3; zone++) {
          ids.add(structuredUuid(meter * 65_537, period, zone, 2026));
        }
      }
    }
    // Unique by construction: 372,000 ids, no collision (plain 32-bit hashing would collide).
    expect(ids.size).toBe(2000 * 62 * 3);
    expect([...ids].every((id) => shape.test(id))).toBe(true);
    expect(structuredUuid(1, 2, 3, 4)).toBe(structuredUuid(1, 2, 3, 4));
  });
});
