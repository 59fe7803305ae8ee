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
  /** Area-based norm (heating), per m²; null for norms per resident (0004). */
  per_square_metre: ColumnType<
    string | null,
    string | number | null | undefined,
    string | number | null
  >;
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

export interface OneTimeCodesTable {
  request_id: string;
  purpose: string;
  channel: 'sms' | 'email';
  recipient: string;
  /** HMAC-SHA256 of the code or link token (0005); the secret itself is never stored. */
  secret_hash: string;
  created_at: Timestamp;
  sent_at: Timestamp;
  expires_at: Timestamp;
  sends: ColumnType<number, number | undefined, number>;
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface CaptchaChallengesTable {
  id: string;
  answer_hash: string;
  question_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}
export interface SandboxMessagesTable {
  id: Generated<number>;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string | null;
  text: string;
  html: string | null;
  created_at: Timestamp;
}

type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;

/** A pending registration (0006); the password is stored only as its argon2id hash. */
export interface RegistrationsTable {
  id: string;
  device_id: number;
  region_id: number;
  login: string;
  password_hash: string;
  variant: 'phone' | 'email';
  /** The normalised phone (+79…) or e-mail. */
  contact: string;
  city: string;
  account_id: ColumnType<number | null, number | null | undefined, number | null>;
  account_attempts: ColumnType<number, number | undefined, number>;
  step: 'account' | 'confirm' | 'code' | 'email_sent' | 'done';
  user_id: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  expires_at: Timestamp;
  completed_at: NullableTimestamp;
}
/** A password recovery (0006); user_id null marks a decoy for an unknown contact. */
export interface RecoveriesTable {
  id: string;
  device_id: number;
  method: 'phone' | 'email';
  contact: string;
  user_id: number | null;
  step: 'code' | 'email_sent' | 'password' | 'done';
  form_secret_hash: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  expires_at: Timestamp;
  verified_at: NullableTimestamp;
  completed_at: NullableTimestamp;
}
/** A new e-mail or phone waiting for its link or code (0006). */
export interface ContactChangesTable {
  id: string;
  user_id: number;
  device_id: number;
  channel: 'phone' | 'email';
  contact: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  confirmed_at: NullableTimestamp;
}
/** The mailing consent's history (0006): one row per grant or withdrawal. */
export interface UserConsentsTable {
  id: Generated<number>;
  user_id: number;
  kind: 'mailing';
  granted: boolean;
  given_at: Timestamp;
  device_id: number | null;
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
  one_time_codes: OneTimeCodesTable;
  captcha_challenges: CaptchaChallengesTable;
  sandbox_messages: SandboxMessagesTable;
  registrations: RegistrationsTable;
  recoveries: RecoveriesTable;
  contact_changes: ContactChangesTable;
  user_consents: UserConsentsTable;
}
