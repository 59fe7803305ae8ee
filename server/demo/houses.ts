import type { TownSpec } from './catalog/places.js';
import type { Rng } from './prng.js';

/**
 * Fills blocks of flats one after another, so consecutive accounts of a region share a
 * building as real ones do. Each building address is used once per region.
 */
export class HouseFiller {
  private address = '';
  private flats = 0;
  private nextFlat = 1;
  private readonly used = new Set<string>();

  constructor(
    private readonly towns: readonly TownSpec[],
    private readonly rng: Rng,
  ) {}

  /** The next flat's full address, e.g. "г. Курган, ул. Гоголя, д. 12, корп. 2, кв. 45". */
  nextAddress(): string {
    if (this.nextFlat > this.flats) this.newHouse();
    return `${this.address}, кв. ${this.nextFlat++}`;
  }

  private newHouse(): void {
    const weights = Object.fromEntries(this.towns.map((t, i) => [String(i), t.share]));
    for (let attempt = 0; ; attempt++) {
      const town = this.towns[Number(this.rng.weighted(weights))] ?? this.towns[0]!;
      const street = this.rng.pick(town.streets);
      const number = this.rng.int(1, attempt < 50 ? 180 : 999);
      const building = this.rng.chance(15) ? `, корп. ${this.rng.int(1, 4)}` : '';
      const address = `${town.name}, ${street}, д. ${number}${building}`;
      if (this.used.has(address)) continue;
      this.used.add(address);
      this.address = address;
      this.flats = this.rng.pick([36, 45, 60, 72, 80, 96, 108, 120, 144, 180, 216]);
      this.nextFlat = 1;
      return;
    }
  }
}
