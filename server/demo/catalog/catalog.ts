import { REGIONS, type RegionSpec } from './regions.js';
import { SERVICES, type ServiceCode, serviceIndex, type Zone } from './services.js';
import { indexedPrice, tariffStart, tariffStartsBetween } from './tariffs.js';

export interface TariffRow {
  id: number;
  regionId: number;
  serviceId: number;
  supplierId: number;
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
        for (const zone of service.zones) {
          for (const validFrom of starts) {
            this.tariffs.push({
              id: this.tariffs.length + 1,
              regionId: r + 1,
              serviceId: this.serviceId(r, service.code),
              supplierId: this.supplierId(r, service.supplier),
              zone,
              price: indexedPrice(region.prices[service.code][zone] ?? '0', validFrom),
              validFrom,
            });
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

  /** The price in force during billing period `period` (YYYY-MM), as an exact decimal. */
  price(regionIndex: number, code: ServiceCode, zone: Zone, period: string): string {
    const start = tariffStart(`${period}-01`);
    const key = `${regionIndex}|${code}|${zone}|${start}`;
    const cached = this.priceCache.get(key);
    if (cached !== undefined) return cached;
    const base = REGIONS[regionIndex]?.prices[code][zone];
    if (base === undefined) throw new RangeError(`no ${zone} price for ${code}`);
    const price = indexedPrice(base, start);
    this.priceCache.set(key, price);
    return price;
  }
}
