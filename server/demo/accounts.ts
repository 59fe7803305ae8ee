import { REGIONS } from './catalog/regions.js';
import { HouseFiller } from './houses.js';
import { type DemoMeter, makeMeter, type MeterContext, type MeteredService } from './meters.js';
import { randomMobile, randomPersonName } from './people.js';
import { hash32, Rng } from './prng.js';

/** A demo personal account (лицевой счёт) with its meters, generated from (seed, index). */
export interface DemoAccount {
  id: number;
  regionIndex: number;
  /** 0-based position among the region's accounts. */
  regionSerial: number;
  number: string;
  ownerName: string;
  ownerPhone: string | null;
  address: string;
  /** m², exact decimal with 2 places. */
  area: string;
  rooms: number;
  residents: number;
  meters: DemoMeter[];
  /** Gets a bulk demo user `user<number>`. */
  hasUser: boolean;
  /** Seed word of the account's own random stream (its history derives from it). */
  streamSeed: number;
}

/** Which region each account slot falls into: 20 slots spread by the chosen regions' shares. */
export function regionSlots(allowed: readonly number[]): number[] {
  const total = allowed.reduce((acc, r) => acc + (REGIONS[r]?.share ?? 0), 0);
  const given = new Map(allowed.map((r) => [r, 0]));
  const lag = (r: number, i: number) =>
    ((REGIONS[r]?.share ?? 0) * i) / total - (given.get(r) ?? 0);
  const slots: number[] = [];
  for (let i = 1; i <= 20; i++) {
    const best = allowed.reduce((a, b) => (lag(b, i) > lag(a, i) ? b : a));
    given.set(best, (given.get(best) ?? 0) + 1);
    slots.push(best);
  }
  return slots;
}

/** Area ranges in hundredths of m² by number of rooms (1–4). */
const AREA_RANGES: [number, number][] = [
  [2800, 4500],
  [4200, 6500],
  [5800, 9000],
  [8000, 12000],
];
/** Residents of an occupied flat, weighted by repetition. */
const RESIDENTS = [1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5];

const ORENBURG = REGIONS.findIndex((r) => r.code === 'orenburg');
const TYUMEN = REGIONS.findIndex((r) => r.code === 'tyumen');

/** Named demo users' accounts: the first two of Orenburg (user `demo`), the first of Tyumen (`demo2`). */
export function namedRole(account: Pick<DemoAccount, 'regionIndex' | 'regionSerial'>) {
  if (account.regionIndex === ORENBURG && account.regionSerial < 2) return 'demo' as const;
  if (account.regionIndex === TYUMEN && account.regionSerial === 0) return 'demo2' as const;
  return null;
}

/**
 * Produces the accounts in order. Stateful (buildings fill up, meter ids count up), so every
 * run from a new factory with the same seed yields the same accounts.
 */
export class AccountFactory {
  private readonly slots: number[];
  private readonly serials = REGIONS.map(() => 0);
  private readonly houses: HouseFiller[];
  private nextMeterId = 1;
  private demoOwner: { name: string; phone: string | null } | null = null;

  constructor(
    private readonly seed: number,
    private readonly ctx: MeterContext,
    /** Indexes into REGIONS of the regions that get accounts. */
    regions: readonly number[] = REGIONS.map((_, i) => i),
  ) {
    this.slots = regionSlots(regions);
    this.houses = REGIONS.map((r, i) => new HouseFiller(r.towns, new Rng(seed, 0x40, i)));
  }

  next(id: number): DemoAccount {
    const regionIndex = this.slots[(id - 1) % this.slots.length] ?? 0;
    const regionSerial = this.serials[regionIndex] ?? 0;
    this.serials[regionIndex] = regionSerial + 1;
    const streamSeed = hash32(this.seed, 0xacc, id);
    const rng = new Rng(streamSeed);
    const region = REGIONS[regionIndex]!;
    const role = namedRole({ regionIndex, regionSerial });
    const person = randomPersonName(rng);
    const phone = rng.chance(85) || role ? randomMobile(rng) : null;
    const rooms = Number(rng.weighted({ r1: 30, r2: 38, r3: 25, r4: 7 }).slice(1));
    const [minArea, maxArea] = AREA_RANGES[rooms - 1] ?? [2800, 4500];
    const area = rng.int(minArea, maxArea);
    const residents = role ? 3 : rng.int(0, 99) < 4 ? 0 : rng.pick(RESIDENTS);
    // Both of `demo`'s accounts belong to the same owner.
    if (role === 'demo' && regionSerial === 0) this.demoOwner = { name: person.fullName, phone };
    const owner = role === 'demo' && regionSerial === 1 && this.demoOwner ? this.demoOwner : null;
    return {
      id,
      regionIndex,
      regionSerial,
      number: accountNumber(region.accountPrefix, regionSerial, this.seed),
      ownerName: owner?.name ?? person.fullName,
      ownerPhone: owner ? owner.phone : phone,
      address: this.houses[regionIndex]!.nextAddress(),
      area: `${Math.floor(area / 100)}.${String(area % 100).padStart(2, '0')}`,
      rooms,
      residents,
      meters: this.meters(rng, role === 'demo' && regionSerial === 0),
      hasUser: role === null && rng.chance(5),
      streamSeed,
    };
  }

  private meters(rng: Rng, threeZoneDueSoon: boolean): DemoMeter[] {
    const wanted: { service: MeteredService; kind?: 'common' }[] = [{ service: 'electricity' }];
    if (threeZoneDueSoon || rng.chance(90)) wanted.push({ service: 'cold_water' });
    if (threeZoneDueSoon || rng.chance(85)) wanted.push({ service: 'hot_water' });
    if (rng.chance(1)) wanted.push({ service: 'electricity', kind: 'common' });
    return wanted.map((w, i) =>
      makeMeter(
        rng,
        {
          id: this.nextMeterId++,
          seed: this.seed,
          service: w.service,
          ...(w.kind ? { kind: w.kind } : {}),
          ...(threeZoneDueSoon && i === 0 ? { zones: 3, dueSoon: true, automatic: false } : {}),
        },
        this.ctx,
      ),
    );
  }
}

/** Region prefix + 8 digits: a bijection of the region serial mod 10^8, so numbers never repeat. */
export function accountNumber(prefix: string, regionSerial: number, seed: number): string {
  const offset = BigInt(hash32(seed, 0x4e, Number(prefix)) % 100_000_000);
  const body = (BigInt(regionSerial) * 48_271n + offset) % 100_000_000n;
  return prefix + String(body).padStart(8, '0');
}
