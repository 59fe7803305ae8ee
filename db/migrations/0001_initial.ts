/**
 * 0001: the pulled tables and the sync state. Columns mirror shared/sync/protocol.ts rows.
 * No foreign keys between pulled tables: pages arrive ordered by rev, not by dependency,
 * and the central service is the authority on consistency.
 */
export default String.raw`
CREATE TABLE regions (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL,
  name       TEXT NOT NULL,
  time_zone  TEXT NOT NULL
) STRICT;

CREATE TABLE suppliers (
  id                     INTEGER PRIMARY KEY,
  region_id              INTEGER NOT NULL,
  name                   TEXT NOT NULL,
  inn                    TEXT NOT NULL,
  kpp                    TEXT NOT NULL,
  bank_name              TEXT NOT NULL,
  bic                    TEXT NOT NULL,
  settlement_account     TEXT NOT NULL,
  correspondent_account  TEXT NOT NULL,
  address                TEXT NOT NULL,
  phone                  TEXT NOT NULL,
  site                   TEXT NOT NULL
) STRICT;

CREATE TABLE services (
  id         INTEGER PRIMARY KEY,
  region_id  INTEGER NOT NULL,
  code       TEXT NOT NULL,
  name       TEXT NOT NULL,
  unit       TEXT NOT NULL
) STRICT;

-- price is an exact decimal string, never a float; zone_count is the scheme (meters' zones).
CREATE TABLE tariffs (
  id           INTEGER PRIMARY KEY,
  region_id    INTEGER NOT NULL,
  service_id   INTEGER NOT NULL,
  supplier_id  INTEGER NOT NULL,
  zone_count   INTEGER NOT NULL CHECK (zone_count BETWEEN 1 AND 3),
  zone         TEXT NOT NULL CHECK (zone IN ('single', 'T1', 'T2', 'T3')),
  price        TEXT NOT NULL,
  valid_from   TEXT NOT NULL
) STRICT;
CREATE INDEX tariffs_service_supplier ON tariffs (service_id, supplier_id, valid_from);

-- owner_name and owner_phone arrive null on kiosks, which never cache personal data.
CREATE TABLE accounts (
  id           INTEGER PRIMARY KEY,
  region_id    INTEGER NOT NULL,
  number       TEXT NOT NULL,
  address      TEXT NOT NULL,
  area         TEXT NOT NULL,
  rooms        INTEGER NOT NULL,
  residents    INTEGER NOT NULL,
  owner_name   TEXT,
  owner_phone  TEXT
) STRICT;
CREATE INDEX accounts_number ON accounts (number);

CREATE TABLE account_services (
  id           INTEGER PRIMARY KEY,
  region_id    INTEGER NOT NULL,
  account_id   INTEGER NOT NULL,
  service_id   INTEGER NOT NULL,
  supplier_id  INTEGER NOT NULL
) STRICT;
CREATE INDEX account_services_account ON account_services (account_id);

CREATE TABLE meters (
  id                    INTEGER PRIMARY KEY,
  region_id             INTEGER NOT NULL,
  account_id            INTEGER NOT NULL,
  service_id            INTEGER NOT NULL,
  kind                  TEXT NOT NULL CHECK (kind IN ('individual', 'common')),
  serial                TEXT NOT NULL,
  zones                 INTEGER NOT NULL,
  digit_capacity        INTEGER NOT NULL,
  fraction_digits       INTEGER NOT NULL,
  installed_on          TEXT NOT NULL,
  verified_on           TEXT NOT NULL,
  next_verification_on  TEXT NOT NULL
) STRICT;
CREATE INDEX meters_account ON meters (account_id);

-- One row: where the pull feed stands. cursor is opaque (the server's).
CREATE TABLE sync_state (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  cursor           TEXT,
  last_sync_at     TEXT,
  last_full_total  INTEGER
) STRICT;
INSERT INTO sync_state (id, cursor, last_sync_at, last_full_total) VALUES (1, NULL, NULL, NULL);
`;
