import type {
  AccountDetails,
  AccountServiceView,
  MeterView,
  SupplierView,
} from '../../shared/contract/views.js';
import { localDate } from '../../shared/domain/dates.js';
import { verificationState } from '../../shared/domain/verification.js';
import type { AccountBundle, LinkedAccount } from '../../shared/sync/http.js';
import type { SyncRow } from '../../shared/sync/protocol.js';

const zoneOrder = ['single', 'T1', 'T2', 'T3'] as const;

/** True when every service and supplier the bundle's rows refer to is in the bundle. */
export function isBundleComplete(bundle: AccountBundle): boolean {
  const services = new Set(bundle.services.map((s) => s.id));
  const suppliers = new Set(bundle.suppliers.map((s) => s.id));
  return (
    bundle.accountServices.every((a) => services.has(a.serviceId) && suppliers.has(a.supplierId)) &&
    bundle.meters.every((m) => services.has(m.serviceId))
  );
}

/**
 * The tariff of each scheme and zone in force on `today` (the latest valid_from on or before
 * it), ordered by scheme (zone count), then zone.
 */
export function tariffsInForce(
  tariffs: readonly SyncRow<'tariff'>[],
  today: string,
): SyncRow<'tariff'>[] {
  const held = new Map<string, SyncRow<'tariff'>>();
  for (const t of tariffs) {
    if (t.validFrom > today) continue;
    const key = `${t.zoneCount}|${t.zone}`;
    const rival = held.get(key);
    if (!rival || t.validFrom > rival.validFrom) held.set(key, t);
  }
  return [...held.values()].sort(
    (a, b) => a.zoneCount - b.zoneCount || zoneOrder.indexOf(a.zone) - zoneOrder.indexOf(b.zone),
  );
}

/**
 * The tariff schemes (zone counts) a service is priced by for an account: those of the
 * account's individual meters of the service, ascending; the single scheme when it has none
 * (heating, waste, sewerage, or only a common-house meter).
 */
export function accountSchemes(meters: readonly SyncRow<'meter'>[], serviceId: number): number[] {
  const counts = meters
    .filter((m) => m.serviceId === serviceId && m.kind === 'individual')
    .map((m) => m.zones);
  return counts.length ? [...new Set(counts)].sort((a, b) => a - b) : [1];
}

function supplierView(s: SyncRow<'supplier'>): SupplierView {
  const { regionId: _regionId, ...view } = s;
  return view;
}

/**
 * The account card: services with their supplier, meter count and tariffs in force today
 * (only the schemes the account's meters use, see {@link accountSchemes}),
 * meters with their verification warning, and the suppliers' requisites. Dates are judged on
 * the region's local calendar day at `now`. Owner name and phone come from the person's
 * session (`linked`), never from the cache.
 */
export function composeAccountDetails(
  bundle: AccountBundle,
  linked: LinkedAccount,
  now: Date,
): AccountDetails {
  const timeZone = bundle.region.timeZone;
  const today = localDate(now, timeZone);
  const services = new Map(bundle.services.map((s) => [s.id, s]));
  const suppliers = new Map(bundle.suppliers.map((s) => [s.id, s]));

  const serviceViews: AccountServiceView[] = bundle.accountServices.flatMap((as) => {
    const service = services.get(as.serviceId);
    const supplier = suppliers.get(as.supplierId);
    if (!service || !supplier) return [];
    const schemes = accountSchemes(bundle.meters, as.serviceId);
    const own = bundle.tariffs.filter(
      (t) =>
        t.serviceId === as.serviceId &&
        t.supplierId === as.supplierId &&
        schemes.includes(t.zoneCount),
    );
    return [
      {
        serviceId: service.id,
        serviceName: service.name,
        unit: service.unit,
        meterCount: bundle.meters.filter((m) => m.serviceId === service.id).length,
        supplierId: supplier.id,
        supplierName: supplier.name,
        tariffs: tariffsInForce(own, today).map((t) => ({
          zoneCount: t.zoneCount,
          zone: t.zone,
          price: t.price,
          validFrom: t.validFrom,
        })),
      },
    ];
  });

  const meters: MeterView[] = bundle.meters.map((m) => {
    const state = verificationState(m.nextVerificationOn, now, timeZone);
    return {
      id: m.id,
      serviceName: services.get(m.serviceId)?.name ?? '',
      kind: m.kind,
      serial: m.serial,
      zones: m.zones,
      digitCapacity: m.digitCapacity,
      installedOn: m.installedOn,
      verifiedOn: m.verifiedOn,
      nextVerificationOn: m.nextVerificationOn,
      verificationDueSoon: state.dueSoon,
      verificationOverdue: state.overdue,
    };
  });

  const supplierIds = [...new Set(serviceViews.map((s) => s.supplierId))];
  const { account } = bundle;
  return {
    accountId: account.id,
    number: account.number,
    regionName: bundle.region.name,
    address: account.address,
    area: account.area,
    rooms: account.rooms,
    residents: account.residents,
    ownerName: linked.ownerName,
    ownerPhone: linked.ownerPhone,
    services: serviceViews,
    meters,
    suppliers: supplierIds.flatMap((id) => {
      const s = suppliers.get(id);
      return s ? [supplierView(s)] : [];
    }),
  };
}
