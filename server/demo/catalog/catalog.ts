import { REGIONS, type RegionSpec } from './regions.js';
import {
  SCHEME_ZONES,
  schemePrice,
  SERVICES,
  type ServiceCode,
  serviceIndex,
  type Zone,
  type ZoneCount,
} from './services.js';
import { indexedPrice, tariffStart, tariffStartsBetween } from './tariffs.js';

export interface TariffRow {
  id: number;
  regionId: number;
  serviceId: number;
  supplierId: number;
  /** The scheme: zone count of the meters the price applies to. */
  zoneCount: ZoneCount;
  zone: Zone;
  price: string;
  validFrom: string;
}

/**
 * The demo's reference data with the ids it gets in an empty database (written in this
 * order with explicit ids), so accounts and charges can refer to it without reading back.
 */
export class DemoCatalog {
  readonly tariffs: TariffRow[] = [];
  private readonly supplierOffsets: number[] = [];
  private readonly priceCache = new Map<string, string>();

  /** Tariffs cover every change date from the one in force on `from` to the one on `to`. */
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    let offset = 0;
    for (const region of REGIONS) {
      this.supplierOffsets.push(offset);
      offset += region.suppliers.length;
    }
    const starts = tariffStartsBetween(from, to);
    REGIONS.forEach((region, r) => {
      for (const service of SERVICES) {
        for (const zoneCount of service.zoneCounts) {
          for (const zone of SCHEME_ZONES[zoneCount]) {
            for (const validFrom of starts) {
              this.tariffs.push({
                id: this.tariffs.length + 1,
                regionId: r + 1,
                serviceId: this.serviceId(r, service.code),
                supplierId: this.supplierId(r, service.supplier),
                zoneCount,
                zone,
                price: indexedPrice(basePrice(region, service.code, zoneCount, zone), validFrom),
                validFrom,
              });
            }
          }
        }
      }
    });
  }

  get regions(): readonly RegionSpec[] {
    return REGIONS;
  }

  supplierId(regionIndex: number, supplierIndex: number): number {
    return (this.supplierOffsets[regionIndex] ?? 0) + supplierIndex + 1;
  }

  /** Supplier of `code` in the region. */
  serviceSupplierId(regionIndex: number, code: ServiceCode): number {
    return this.supplierId(regionIndex, SERVICES[serviceIndex(code)]?.supplier ?? 0);
  }

  serviceId(regionIndex: number, code: ServiceCode): number {
    return regionIndex * SERVICES.length + serviceIndex(code) + 1;
  }

  /**
   * The price of `zone` in the scheme of `zoneCount`-zone meters in force during billing period
   * `period` (YYYY-MM), as an exact decimal.
   */
  price(
    regionIndex: number,
    code: ServiceCode,
    zoneCount: ZoneCount,
    zone: Zone,
    period: string,
  ): string {
    const start = tariffStart(`${period}-01`);
    const key = `${regionIndex}|${code}|${zoneCount}|${zone}|${start}`;
    const cached = this.priceCache.get(key);
    if (cached !== undefined) return cached;
    const region = REGIONS[regionIndex];
    if (!region) throw new RangeError(`no region ${regionIndex}`);
    const price = indexedPrice(basePrice(region, code, zoneCount, zone), start);
    this.priceCache.set(key, price);
    return price;
  }
}

function basePrice(
  region: RegionSpec,
  code: ServiceCode,
  zoneCount: ZoneCount,
  zone: Zone,
): string {
  const price = schemePrice(region.prices[code], zoneCount, zone);
  if (price === undefined) throw new RangeError(`no ${zoneCount}-zone ${zone} price for ${code}`);
  return price;
}
