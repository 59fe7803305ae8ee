/**
 * The services every demo region offers, who supplies each, and how it is measured.
 * Codes are stable: the settlement-system import refers to services by them.
 */
export type ServiceCode =
  'electricity' | 'cold_water' | 'hot_water' | 'sewerage' | 'heating' | 'waste';

export type Zone = 'single' | 'T1' | 'T2' | 'T3';

export interface ServiceSpec {
  code: ServiceCode;
  name: string;
  unit: string;
  /** Index into the region's supplier list. */
  supplier: number;
  /** Tariff zones: electricity has a price per zone, everything else a single price. */
  zones: readonly Zone[];
}

export const SERVICES: readonly ServiceSpec[] = [
  {
    code: 'electricity',
    name: 'Электроэнергия',
    unit: 'кВт·ч',
    supplier: 0,
    zones: ['single', 'T1', 'T2', 'T3'],
  },
  {
    code: 'cold_water',
    name: 'Холодное водоснабжение',
    unit: 'м³',
    supplier: 1,
    zones: ['single'],
  },
  { code: 'hot_water', name: 'Горячее водоснабжение', unit: 'м³', supplier: 2, zones: ['single'] },
  { code: 'sewerage', name: 'Водоотведение', unit: 'м³', supplier: 1, zones: ['single'] },
  { code: 'heating', name: 'Отопление', unit: 'Гкал', supplier: 2, zones: ['single'] },
  { code: 'waste', name: 'Обращение с ТКО', unit: 'чел.', supplier: 3, zones: ['single'] },
];

/** Prices in roubles (exact decimals) in force from {@link PRICE_REFERENCE_DATE}. */
export type BasePrices = Record<ServiceCode, Partial<Record<Zone, string>>>;

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
