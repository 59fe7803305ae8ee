import type { ColumnType, Generated } from 'kysely';

/** Kysely table types for the migrations in migrations/. numeric columns arrive as strings, bigint (parsed in connect.ts) as number. */

type Rev = Generated<number>;
type Numeric = ColumnType<string, string | number, string | number>;
type BigIntCol = ColumnType<number, number | bigint, number | bigint>;
type DateCol = ColumnType<string, string, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type RegionFromParent = ColumnType<number, number | undefined, number>;

export interface RegionsTable {
  id: Generated<number>;
  code: string;
  name: string;
  time_zone: string;
  rev: Rev;
}
export interface SuppliersTable {
  id: Generated<number>;
  region_id: number;
  name: string;
  inn: string;
  kpp: string;
  bank_name: string;
  bic: string;
  settlement_account: string;
  correspondent_account: string;
  address: string;
  phone: string;
  site: string;
  rev: Rev;
  /** The supplier's reading window, days of the month (0003). */
  reading_window_from: Generated<number>;
  reading_window_to: Generated<number>;
}
export interface ServicesTable {
  id: Generated<number>;
  region_id: number;
  code: string;
  name: string;
  unit: string;
  rev: Rev;
}
export interface TariffsTable {
  id: Generated<number>;
  region_id: number;
  service_id: number;
  supplier_id: number;
  /** Zones of the meters (the scheme) the price applies to: 1 single, 2 day/night, 3 peak/night/semi-peak. */
  zone_count: number;
  zone: 'single' | 'T1' | 'T2' | 'T3';
  price: Numeric;
  valid_from: DateCol;
  rev: Rev;
}
export interface AccountsTable {
  id: Generated<number>;
  region_id: number;
  number: string;
  owner_name: string;
  owner_phone: string | null;
  address: string;
  area: Numeric;
  rooms: number;
  residents: number;
  rev: Rev;
}
export interface AccountServicesTable {
  id: Generated<number>;
  region_id: number;
  account_id: number;
  service_id: number;
  supplier_id: number;
  rev: Rev;
}
export interface MetersTable {
  id: Generated<number>;
  region_id: number;
  account_id: number;
  service_id: number;
  kind: 'individual' | 'common';
  serial: string;
  zones: number;
  digit_capacity: number;
  fraction_digits: Generated<number>;
  installed_on: DateCol;
  verified_on: DateCol;
  next_verification_on: DateCol;
  rev: Rev;
}
export interface SyncTombstonesTable {
  rev: Rev;
  region_id: number;
  entity: string;
  entity_id: number;
}
export interface ReadingsTable {
  id: string;
  meter_id: number;
  period: string;
  zone: 'single' | 'T1' | 'T2' | 'T3';
  value: Numeric;
  source: 'cabinet' | 'kiosk' | 'counter' | 'automatic' | 'average' | 'normative';
  entered_at: Timestamp;
  status: Generated<'accepted' | 'rejected'>;
  /** The device's submission (mutation) UUID, one row per zone (0003); null for imported readings. */
  submission_id: ColumnType<string | null, string | null | undefined, string | null>;
  user_id: ColumnType<number | null, number | null | undefined, number | null>;
  device_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** Filled from the meter by a trigger when left out (0004). */
  region_id: RegionFromParent;
  rev: Rev;
}
export interface ChargesTable {
  id: Generated<number>;
  account_id: number;
  service_id: number;
  supplier_id: number;
  period: string;
  method: 'meter' | 'average' | 'normative' | 'area';
  volume: Numeric;
  tariff: Numeric;
  coefficient: ColumnType<string, string | number | undefined, string | number>;
  debt_start: BigIntCol;
  charged: BigIntCol;
  recalculation: ColumnType<number, number | undefined, number>;
  paid: ColumnType<number, number | undefined, number>;
  debt_end: BigIntCol;
  /** Filled from the account by a trigger when left out (0004). */
  region_id: RegionFromParent;
  rev: Rev;
  /** Why not by a real reading (0004); null for charges by meter readings or by area. */
  reason: ColumnType<ChargeReason | null, ChargeReason | null | undefined, ChargeReason | null>;
  /** For a charge by average: the period in a row without readings, 1..3 (0004). */
  estimated_streak: ColumnType<number | null, number | null | undefined, number | null>;
}
export type ChargeReason = 'no_reading' | 'verification_expired' | 'no_meter' | 'average_exhausted';
export interface ChargeLinesTable {
  id: Generated<number>;
  region_id: number;
  charge_id: number;
  zone: 'single' | 'T1' | 'T2' | 'T3';
  reading_start: ColumnType<
    string | null,
    string | number | null | undefined,
    string | number | null
  >;
  reading_end: ColumnType<
    string | null,
    string | number | null | undefined,
    string | number | null
  >;
  volume: Numeric;
  price: Numeric;
  amount: BigIntCol;
  rev: Rev;
}
export interface NormativesTable {
  id: Generated<number>;
  region_id: number;
  service_id: number;
  per_resident: Numeric;
  valid_from: DateCol;
}
export interface BillingPeriodsTable {
  region_id: number;
  period: string;
  status: 'open' | 'closing' | 'closed';
  closed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface SupportRequestsTable {
  id: Generated<number>;
  region_id: number;
  number: string;
  submission_id: ColumnType<string | null, string | null | undefined, string | null>;
  account_id: number;
  user_id: ColumnType<number | null, number | null | undefined, number | null>;
  device_id: ColumnType<number | null, number | null | undefined, number | null>;
  source: 'cabinet' | 'kiosk' | 'counter';
  topic: string;
  body: string;
  contact: string;
  status: ColumnType<
    'new' | 'in_progress' | 'answered' | 'closed',
    'new' | 'in_progress' | 'answered' | 'closed' | undefined,
    'new' | 'in_progress' | 'answered' | 'closed'
  >;
  created_at: Timestamp;
  updated_at: Timestamp;
  rev: Rev;
}
export interface SupportRequestRepliesTable {
  id: Generated<number>;
  region_id: number;
  request_id: number;
  author: string;
  body: string;
  created_at: Timestamp;
  rev: Rev;
}
export interface PaymentsTable {
  id: Generated<number>;
  account_id: number;
  service_id: number | null;
  period: string;
  paid_at: Timestamp;
  amount: BigIntCol;
  place: string;
  /** The settlement system's payment id (0002); null for payments made in Kabinet. */
  external_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Filled from the account by a trigger when left out (0004). */
  region_id: RegionFromParent;
  rev: Rev;
}
export interface UsersTable {
  id: Generated<number>;
  login: string;
  password_hash: string;
  full_name: string;
  phone: string | null;
  email: string | null;
  region_id: number;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: Generated<Date>;
}
export interface UserAccountsTable {
  user_id: number;
  account_id: number;
  role: 'owner' | 'linked';
  linked_at: Generated<Date>;
}
export interface DevicesTable {
  id: Generated<number>;
  name: string;
  profile: 'kiosk' | 'counter';
  region_id: number;
  token_hash: string;
  enrolled_at: Generated<Date>;
  last_seen_at: Timestamp | null;
  revoked_at: Timestamp | null;
  /** The highest pushed mutation seq applied or rejected (0003). */
  last_applied_seq: ColumnType<number, number | undefined, number>;
}
export interface DeviceMutationsTable {
  device_id: number;
  seq: BigIntCol;
  mutation_id: string;
  status: 'applied' | 'rejected';
  reason_code: string | null;
  reason_message: string | null;
  period: string | null;
  applied_at: Timestamp;
}
export interface EnrolmentCodesTable {
  code_hash: string;
  profile: 'kiosk' | 'counter';
  region_id: number;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  device_id: number | null;
}
export interface SessionsTable {
  token_hash: string;
  user_id: number;
  device_id: number | null;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  expires_at: Timestamp;
  ended_at: Timestamp | null;
}
export interface LoginFailuresTable {
  source: string;
  failed_at: Generated<Date>;
}

export interface Database {
  regions: RegionsTable;
  suppliers: SuppliersTable;
  services: ServicesTable;
  tariffs: TariffsTable;
  accounts: AccountsTable;
  account_services: AccountServicesTable;
  meters: MetersTable;
  sync_tombstones: SyncTombstonesTable;
  readings: ReadingsTable;
  charges: ChargesTable;
  payments: PaymentsTable;
  charge_lines: ChargeLinesTable;
  normatives: NormativesTable;
  billing_periods: BillingPeriodsTable;
  support_requests: SupportRequestsTable;
  support_request_replies: SupportRequestRepliesTable;
  users: UsersTable;
  user_accounts: UserAccountsTable;
  devices: DevicesTable;
  device_mutations: DeviceMutationsTable;
  enrolment_codes: EnrolmentCodesTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
}
