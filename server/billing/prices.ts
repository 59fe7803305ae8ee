import { sql, type Transaction } from 'kysely';

import type { Database } from '../db/schema.js';
import { HttpError } from '../http/errors.js';
import type { Zone } from './zones.js';

/** The tariffs and norms in force for one period of one region. */
export interface PriceBook {
  /** The zone price of a supplier's scheme (zone count); throws billing_setup_incomplete without one. */
  price(service: ServiceRef, supplierId: number, zoneCount: number, zone: Zone): string;
  /** The service's norm, or null when the region has none. */
  normative(serviceId: number): Normative | null;
}

export interface ServiceRef {
  id: number;
  code: string;
}

export interface Normative {
  perResident: string;
  /** Area-based norm (heating); null for norms per resident. */
  perSquareMetre: string | null;
}

/**
 * Loads the prices and norms in force during `period`: for each key, the row with the latest
 * valid_from on or before the period's first day.
 */
export async function loadPriceBook(
  trx: Transaction<Database>,
  regionId: number,
  period: string,
): Promise<PriceBook> {
  const firstDay = `${period}-01`;
  const tariffs = await sql<{
    service_id: number;
    supplier_id: number;
    zone_count: number;
    zone: Zone;
    price: string;
  }>`SELECT DISTINCT ON (service_id, supplier_id, zone_count, zone)
            service_id, supplier_id, zone_count, zone, trim_scale(price)::text AS price
       FROM tariffs WHERE region_id = ${regionId} AND valid_from <= ${firstDay}::date
      ORDER BY service_id, supplier_id, zone_count, zone, valid_from DESC`.execute(trx);
  const norms = await sql<{
    service_id: number;
    per_resident: string;
    per_square_metre: string | null;
  }>`SELECT DISTINCT ON (service_id) service_id, trim_scale(per_resident)::text AS per_resident,
            trim_scale(per_square_metre)::text AS per_square_metre
       FROM normatives WHERE region_id = ${regionId} AND valid_from <= ${firstDay}::date
      ORDER BY service_id, valid_from DESC`.execute(trx);

  const prices = new Map(
    tariffs.rows.map((t) => [
      `${t.service_id}|${t.supplier_id}|${t.zone_count}|${t.zone}`,
      t.price,
    ]),
  );
  const normatives = new Map(
    norms.rows.map((n) => [
      n.service_id,
      { perResident: n.per_resident, perSquareMetre: n.per_square_metre },
    ]),
  );
  return {
    price(service, supplierId, zoneCount, zone) {
      const price = prices.get(`${service.id}|${supplierId}|${zoneCount}|${zone}`);
      if (price === undefined) {
        throw new HttpError(
          422,
          'billing_setup_incomplete',
          `Нет тарифа услуги «${service.code}» (поставщик ${supplierId}, схема ${zoneCount}, зона ${zone}) на ${period}. Загрузите тариф и закройте период снова.`,
        );
      }
      return price;
    },
    normative: (serviceId) => normatives.get(serviceId) ?? null,
  };
}

/** The norm a charge needs; throws billing_setup_incomplete when the region has none. */
export function requireNormative(book: PriceBook, service: ServiceRef, period: string): Normative {
  const norm = book.normative(service.id);
  if (!norm) {
    throw new HttpError(
      422,
      'billing_setup_incomplete',
      `Нет норматива услуги «${service.code}» на ${period}. Загрузите норматив и закройте период снова.`,
    );
  }
  return norm;
}
