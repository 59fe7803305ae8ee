/**
 * The services every demo region offers, who supplies each, and how it is measured.
 * Codes are stable: the settlement-system import refers to services by them.
 */
export type ServiceCode =
  'electricity' | 'cold_water' | 'hot_water' | 'sewerage' | 'heating' | 'waste';

export type Zone = 'single' | 'T1' | 'T2' | 'T3';

/** A tariff scheme: the zone count of the meters its prices apply to (DOMAIN.md). */
export type ZoneCount = 1 | 2 | 3;

/** Zones of each scheme: single; T1 day + T2 night; T1 peak + T2 night + T3 semi-peak. */
export const SCHEME_ZONES: Readonly<Record<ZoneCount, readonly Zone[]>> = {
  1: ['single'],
  2: ['T1', 'T2'],
  3: ['T1', 'T2', 'T3'],
};

export interface ServiceSpec {
  code: ServiceCode;
  name: string;
  unit: string;
  /** Index into the region's supplier list. */
  supplier: number;
  /** Tariff schemes: electricity is priced for 1-, 2- and 3-zone meters, the rest single only. */
  zoneCounts: readonly ZoneCount[];
}

export const SERVICES: readonly ServiceSpec[] = [
  {
    code: 'electricity',
    name: 'Электроэнергия',
    unit: 'кВт·ч',
    supplier: 0,
    zoneCounts: [1, 2, 3],
  },
  {
    code: 'cold_water',
    name: 'Холодное водоснабжение',
    unit: 'м³',
    supplier: 1,
    zoneCounts: [1],
  },
  { code: 'hot_water', name: 'Горячее водоснабжение', unit: 'м³', supplier: 2, zoneCounts: [1] },
  { code: 'sewerage', name: 'Водоотведение', unit: 'м³', supplier: 1, zoneCounts: [1] },
  { code: 'heating', name: 'Отопление', unit: 'Гкал', supplier: 2, zoneCounts: [1] },
  { code: 'waste', name: 'Обращение с ТКО', unit: 'чел.', supplier: 3, zoneCounts: [1] },
];

/**
 * A service's prices in roubles (exact decimals) per scheme. As in regional tariff decisions,
 * the two-zone day price differs from the three-zone peak price; semi-peak exists only in the
 * three-zone scheme.
 */
export interface ServicePrices {
  single: string;
  /** T1 day (07–23), T2 night (23–07). */
  twoZone?: { T1: string; T2: string };
  /** T1 peak (07–10, 17–21), T2 night (23–07), T3 semi-peak (10–17, 21–23). */
  threeZone?: { T1: string; T2: string; T3: string };
}

/** Prices in force from {@link PRICE_REFERENCE_DATE}. */
export type BasePrices = Record<ServiceCode, ServicePrices>;

/** The price of one zone of one scheme, or undefined when the service has no such scheme. */
export function schemePrice(
  prices: ServicePrices,
  zoneCount: ZoneCount,
  zone: Zone,
): string | undefined {
  if (zoneCount === 1) return zone === 'single' ? prices.single : undefined;
  const scheme: Partial<Record<Zone, string>> | undefined =
    zoneCount === 2 ? prices.twoZone : prices.threeZone;
  return scheme?.[zone];
}

/** Monthly norms (нормативы) used when there is no meter, or no reading for too long. */
export interface Norms {
  /** kWh per resident. */
  electricity: string;
  /** m³ per resident. */
  cold_water: string;
  hot_water: string;
  /** Gcal per m² of area (heating charged by area all year, the 1/12 method). */
  heatingPerSquareMetre: string;
}

/** The half-year the base prices belong to; other half-years are indexed from it. */
export const PRICE_REFERENCE_DATE = '2025-07-01';

/**
 * Indexation, in per mille, on each change date: a small one on 1 January and the main one
 * on 1 July (as Russian utility tariffs have changed since 2019).
 */
export const INDEXATION_PER_MILLE = { january: 1015n, july: 1090n } as const;

/** Index of a service in {@link SERVICES}; also the order of its id within the region. */
export function serviceIndex(code: ServiceCode): number {
  return SERVICES.findIndex((s) => s.code === code);
}
