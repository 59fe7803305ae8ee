import { z } from 'zod';

export const profileSchema = z.enum(['kiosk', 'counter']);
export type DeviceProfile = z.infer<typeof profileSchema>;

export const regionViewSchema = z.object({
  code: z.string(),
  name: z.string(),
  timeZone: z.string(),
});

export const appStateSchema = z.object({
  version: z.string(),
  enrolled: z.boolean(),
  embedded: z.boolean(),
  profile: profileSchema.nullable(),
  region: regionViewSchema.nullable(),
  /** Set when the local cache was found corrupt at start, moved aside and is being rebuilt. */
  cacheRebuilt: z.boolean(),
  /** Seconds of inactivity before a kiosk warns, and the warning's countdown. */
  kioskIdle: z.object({ idleSeconds: z.number().int(), warningSeconds: z.number().int() }),
  /** The central's delivery sandbox is on (embedded default): the sign-in page links its viewer. */
  sandbox: z.boolean(),
});
export type AppState = z.infer<typeof appStateSchema>;

export const accountSummarySchema = z.object({
  accountId: z.number().int(),
  number: z.string(),
  address: z.string(),
  ownerName: z.string(),
  regionName: z.string(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const sessionViewSchema = z.object({
  login: z.string(),
  fullName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  accounts: z.array(accountSummarySchema),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const tariffViewSchema = z.object({
  /** The scheme: 1 single, 2 T1 day + T2 night, 3 T1 peak + T2 night + T3 semi-peak. */
  zoneCount: z.number().int().min(1).max(3),
  zone: z.enum(['single', 'T1', 'T2', 'T3']),
  /** Exact decimal in roubles, e.g. "1.97". */
  price: z.string(),
  validFrom: z.string(),
});

export const supplierViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  inn: z.string(),
  kpp: z.string(),
  bankName: z.string(),
  bic: z.string(),
  settlementAccount: z.string(),
  correspondentAccount: z.string(),
  address: z.string(),
  phone: z.string(),
  site: z.string(),
});
export type SupplierView = z.infer<typeof supplierViewSchema>;

export const accountServiceViewSchema = z.object({
  serviceId: z.number().int(),
  serviceName: z.string(),
  unit: z.string(),
  meterCount: z.number().int(),
  supplierId: z.number().int(),
  supplierName: z.string(),
  tariffs: z.array(tariffViewSchema),
});
export type AccountServiceView = z.infer<typeof accountServiceViewSchema>;

export const meterViewSchema = z.object({
  id: z.number().int(),
  serviceName: z.string(),
  kind: z.enum(['individual', 'common']),
  serial: z.string(),
  zones: z.number().int().min(1).max(3),
  digitCapacity: z.number().int(),
  installedOn: z.string(),
  verifiedOn: z.string(),
  nextVerificationOn: z.string(),
  /** True when the next verification falls within six months of today (region time). */
  verificationDueSoon: z.boolean(),
  verificationOverdue: z.boolean(),
});
export type MeterView = z.infer<typeof meterViewSchema>;

export const accountDetailsSchema = z.object({
  accountId: z.number().int(),
  number: z.string(),
  regionName: z.string(),
  address: z.string(),
  area: z.string(),
  rooms: z.number().int(),
  residents: z.number().int(),
  ownerName: z.string(),
  ownerPhone: z.string().nullable(),
  services: z.array(accountServiceViewSchema),
  meters: z.array(meterViewSchema),
  suppliers: z.array(supplierViewSchema),
});
export type AccountDetails = z.infer<typeof accountDetailsSchema>;

export const syncStatusSchema = z.object({
  online: z.boolean(),
  running: z.boolean(),
  lastSyncAt: z.string().nullable(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  lastError: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
