import {
  accountNumber,
  decimal,
  inn,
  integer,
  isoDate,
  kopecks,
  localDateTime,
  oneOf,
  optional,
  period,
  phone,
  text,
} from './fields.js';
import { omissible, required, type RowOf } from './table.js';

/** The four monthly files and their columns; server/import/README.md documents them. */

export const ACCOUNT_COLUMNS = {
  number: required(accountNumber),
  region: required(text(40)),
  owner_name: required(text(200)),
  owner_phone: omissible(optional(phone, null)),
  address: required(text(300)),
  area: required(decimal(6, 2, true)),
  rooms: required(integer(0, 50)),
  residents: required(integer(0, 50)),
};

export const METER_COLUMNS = {
  account: required(accountNumber),
  service: required(text(40)),
  serial: required(text(40)),
  kind: omissible(optional(oneOf(['individual', 'common'] as const), 'individual' as const)),
  zones: required(integer(1, 3)),
  digit_capacity: required(integer(1, 12)),
  fraction_digits: omissible(optional(integer(0, 4), 0)),
  installed_on: required(isoDate),
  verified_on: required(isoDate),
  next_verification_on: required(isoDate),
};

export const CHARGE_COLUMNS = {
  account: required(accountNumber),
  service: required(text(40)),
  period: required(period),
  supplier_inn: required(inn),
  method: required(oneOf(['meter', 'average', 'normative', 'area'] as const)),
  volume: required(decimal(10, 4)),
  tariff: required(decimal(8, 4)),
  coefficient: omissible(optional(decimal(2, 4, true), '1')),
  debt_start: required(kopecks()),
  charged: required(kopecks(0)),
  recalculation: omissible(optional(kopecks(), 0)),
  paid: omissible(optional(kopecks(0), 0)),
  debt_end: required(kopecks()),
};

export const PAYMENT_COLUMNS = {
  external_id: required(text(64)),
  account: required(accountNumber),
  service: omissible(optional(text(40), null)),
  period: required(period),
  paid_at: required(localDateTime),
  amount: required(kopecks(1)),
  place: required(text(100)),
};

export type AccountRow = RowOf<typeof ACCOUNT_COLUMNS>;
export type MeterRow = RowOf<typeof METER_COLUMNS>;
export type ChargeRow = RowOf<typeof CHARGE_COLUMNS>;
export type PaymentRow = RowOf<typeof PAYMENT_COLUMNS>;
