import { fromScaled, roundDecimal, toScaled } from './decimal.js';

/**
 * How services without an individual meter are charged (ПП 354): heating by area × the monthly
 * norm, waste collection per resident, sewerage as the cold + hot water volumes, and a meterable
 * service without a meter by the normative per resident with the raising coefficient 1.5.
 * Service codes are stable across the catalog, the import and the demo (server/demo/catalog).
 */

export type ChargeMethod = 'meter' | 'average' | 'normative' | 'area';

/** Services an individual meter can measure: without one, the normative carries 1.5. */
export const METERABLE_SERVICES: ReadonlySet<string> = new Set([
  'electricity',
  'cold_water',
  'hot_water',
]);

/** Sewerage (водоотведение) is the sum of these services' volumes. */
export const SEWERAGE = { code: 'sewerage', sumOf: ['cold_water', 'hot_water'] } as const;

/** Raising coefficient for a meterable service charged by normative without a meter (ПП 354 п.42). */
export const NO_METER_COEFFICIENT = '1.5';

/** Heating by area: m² × the monthly norm in Gcal/m², rounded to 4 decimals. */
export function heatingVolume(area: string, normPerSquareMetre: string): string {
  const exact = fromScaled(toScaled(area, 2) * toScaled(normPerSquareMetre, 4), 6);
  return roundDecimal(exact, 4);
}

/** A normative per resident (m³, kWh, or 1 person for waste) × residents, exactly (4 decimals). */
export function perResidentVolume(perResident: string, residents: number): string {
  return fromScaled(toScaled(perResident, 4) * BigInt(residents), 4);
}

const RANK: Record<ChargeMethod, number> = { meter: 0, average: 1, normative: 2, area: 3 };

/** Sewerage is measured as the weaker of the water lines it sums (meter < average < normative). */
export function weakestMethod(methods: readonly ChargeMethod[]): ChargeMethod {
  return methods.reduce<ChargeMethod>(
    (weakest, method) => (RANK[method] > RANK[weakest] ? method : weakest),
    methods[0] ?? 'normative',
  );
}
