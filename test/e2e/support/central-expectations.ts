import type { Kysely } from 'kysely';

import type { Database } from '../../../server/db/schema.js';

/** What Рис. 12 must show for one account, read straight from the central database. */
export interface ExpectedAccountView {
  number: string;
  ownerName: string;
  /** Digits only, e.g. "79161174500", or null. */
  ownerPhoneDigits: string | null;
  address: string;
  regionName: string;
  /** `tariff`: the tariff cell's text, e.g. "Т1 (пик) 7,61 · Т2 (ночь) 3,97 · Т3 (полупик) 6,62 за кВт·ч". */
  services: { name: string; supplierName: string; meterCount: number; tariff: string }[];
  meters: {
    serviceName: string;
    serial: string;
    verifiedOn: string;
    nextVerificationOn: string;
    warning: 'overdue' | 'due-soon' | null;
  }[];
  suppliers: { name: string; inn: string; kpp: string; bic: string; settlementAccount: string }[];
}

/** "2027-05-12" → "12.05.2027" (how the cabinet prints dates). */
export const ruDate = (iso: string) => iso.split('-').reverse().join('.');

/** "6.620" → "6,62": a decimal price with a decimal comma and no trailing zeros past kopecks. */
export function ruPrice(price: string): string {
  const [whole, fraction = ''] = price.split('.');
  const trimmed = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `${whole},${trimmed}`;
}

/** Zone names per scheme (zone_count), as DOMAIN.md and the cabinet name them. */
const ZONE_LABELS: Record<number, Record<string, string>> = {
  2: { T1: 'Т1 (день)', T2: 'Т2 (ночь)' },
  3: { T1: 'Т1 (пик)', T2: 'Т2 (ночь)', T3: 'Т3 (полупик)' },
};
const ZONE_ORDER = ['single', 'T1', 'T2', 'T3'];

/**
 * The tariff cell for tariffs in force: the schemes in zone-count order, a single price bare
 * unless another scheme stands beside it ("Однотарифный"), then the unit.
 */
function tariffText(
  inForce: { zone_count: number; zone: string; price: string }[],
  unit: string,
): string {
  if (!inForce.length) return 'Тариф не установлен';
  const zoned = inForce.some((t) => t.zone_count > 1);
  const parts = [...inForce]
    .sort(
      (a, b) =>
        a.zone_count - b.zone_count || ZONE_ORDER.indexOf(a.zone) - ZONE_ORDER.indexOf(b.zone),
    )
    .map((t) => {
      const label = ZONE_LABELS[t.zone_count]?.[t.zone] ?? (zoned ? 'Однотарифный' : null);
      return label ? `${label} ${ruPrice(t.price)}` : ruPrice(t.price);
    });
  return `${parts.join(' · ')} за ${unit}`;
}

/** Today's date (YYYY-MM-DD) on the wall clock of `timeZone`. */
export function localToday(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function plusMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Reads everything Рис. 12 shows for `accountNumber` from the central service's own tables:
 * owner, address, region, services with supplier, meter count and the tariffs in force today,
 * meters with verification dates (warned from six months ahead), and the suppliers' requisites.
 */
export async function expectedAccountView(
  db: Kysely<Database>,
  accountNumber: string,
): Promise<ExpectedAccountView> {
  const account = await db
    .selectFrom('accounts')
    .innerJoin('regions', 'regions.id', 'accounts.region_id')
    .select([
      'accounts.id',
      'accounts.number',
      'accounts.owner_name',
      'accounts.owner_phone',
      'accounts.address',
      'regions.name as region_name',
      'regions.time_zone',
    ])
    .where('accounts.number', '=', accountNumber)
    .executeTakeFirstOrThrow();
  const today = localToday(account.time_zone);
  const meters = await db
    .selectFrom('meters')
    .innerJoin('services', 'services.id', 'meters.service_id')
    .select([
      'meters.service_id',
      'meters.kind',
      'meters.zones',
      'services.name as service_name',
      'meters.serial',
      'meters.verified_on',
      'meters.next_verification_on',
    ])
    .where('meters.account_id', '=', account.id)
    .orderBy('meters.id')
    .execute();
  const links = await db
    .selectFrom('account_services')
    .innerJoin('services', 'services.id', 'account_services.service_id')
    .innerJoin('suppliers', 'suppliers.id', 'account_services.supplier_id')
    .select([
      'account_services.service_id',
      'account_services.supplier_id',
      'services.name as service_name',
      'services.unit',
      'suppliers.name as supplier_name',
    ])
    .where('account_services.account_id', '=', account.id)
    .execute();
  const services = [];
  for (const link of links) {
    // The schemes the account is charged by: its individual meters' zone counts, else single.
    const own = meters.filter((m) => m.service_id === link.service_id && m.kind === 'individual');
    const schemes = own.length ? [...new Set(own.map((m) => m.zones))] : [1];
    const tariffs = await db
      .selectFrom('tariffs')
      .select(['zone_count', 'zone', 'price', 'valid_from'])
      .where('service_id', '=', link.service_id)
      .where('supplier_id', '=', link.supplier_id)
      .where('zone_count', 'in', schemes)
      .where('valid_from', '<=', today)
      .orderBy('valid_from', 'desc')
      .execute();
    const inForce = new Map<string, { zone_count: number; zone: string; price: string }>();
    for (const t of tariffs) {
      const key = `${t.zone_count}|${t.zone}`;
      if (!inForce.has(key)) inForce.set(key, { ...t, price: String(t.price) });
    }
    services.push({
      name: link.service_name,
      supplierName: link.supplier_name,
      meterCount: meters.filter((m) => m.service_id === link.service_id).length,
      tariff: tariffText([...inForce.values()], link.unit),
    });
  }
  const suppliers = await db
    .selectFrom('suppliers')
    .select(['name', 'inn', 'kpp', 'bic', 'settlement_account'])
    .where('id', 'in', links.length ? links.map((l) => l.supplier_id) : [-1])
    .execute();
  const warnFrom = plusMonths(today, 6);
  return {
    number: account.number,
    ownerName: account.owner_name,
    ownerPhoneDigits: account.owner_phone?.replace(/\D/g, '') ?? null,
    address: account.address,
    regionName: account.region_name,
    services,
    meters: meters.map((m) => {
      const next = String(m.next_verification_on);
      return {
        serviceName: m.service_name,
        serial: m.serial,
        verifiedOn: String(m.verified_on),
        nextVerificationOn: next,
        warning: next < today ? 'overdue' : next <= warnFrom ? 'due-soon' : null,
      };
    }),
    suppliers: suppliers.map((s) => ({
      name: s.name,
      inn: s.inn,
      kpp: s.kpp,
      bic: s.bic,
      settlementAccount: s.settlement_account,
    })),
  };
}
