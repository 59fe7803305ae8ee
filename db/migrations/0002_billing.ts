/**
 * 0002: billing in the cache (readings, charges with their zone lines, payments) and support
 * requests with replies; suppliers' reading windows. Resets the pull cursor so the next sync
 * fetches everything again (existing supplier rows need their windows).
 * Readings are keyed by the server's UUID. No foreign keys, as in 0001.
 */
export default String.raw`
ALTER TABLE suppliers ADD COLUMN reading_window_from INTEGER NOT NULL DEFAULT 15;
ALTER TABLE suppliers ADD COLUMN reading_window_to INTEGER NOT NULL DEFAULT 25;

CREATE TABLE readings (
  id             TEXT PRIMARY KEY,
  region_id      INTEGER NOT NULL,
  meter_id       INTEGER NOT NULL,
  period         TEXT NOT NULL,
  zone           TEXT NOT NULL CHECK (zone IN ('single', 'T1', 'T2', 'T3')),
  value          TEXT NOT NULL,
  source         TEXT NOT NULL,
  entered_at     TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('accepted', 'rejected')),
  submission_id  TEXT
) STRICT;
CREATE INDEX readings_meter_period ON readings (meter_id, zone, period);
CREATE INDEX readings_submission ON readings (submission_id) WHERE submission_id IS NOT NULL;

-- Amounts in kopecks; volume, tariff and coefficient are exact decimal strings.
CREATE TABLE charges (
  id                INTEGER PRIMARY KEY,
  region_id         INTEGER NOT NULL,
  account_id        INTEGER NOT NULL,
  service_id        INTEGER NOT NULL,
  supplier_id       INTEGER NOT NULL,
  period            TEXT NOT NULL,
  method            TEXT NOT NULL,
  reason            TEXT,
  estimated_streak  INTEGER,
  volume            TEXT NOT NULL,
  tariff            TEXT NOT NULL,
  coefficient       TEXT NOT NULL,
  debt_start        INTEGER NOT NULL,
  charged           INTEGER NOT NULL,
  recalculation     INTEGER NOT NULL,
  paid              INTEGER NOT NULL,
  debt_end          INTEGER NOT NULL
) STRICT;
CREATE INDEX charges_account_period ON charges (account_id, period);

CREATE TABLE charge_lines (
  id             INTEGER PRIMARY KEY,
  region_id      INTEGER NOT NULL,
  charge_id      INTEGER NOT NULL,
  zone           TEXT NOT NULL,
  reading_start  TEXT,
  reading_end    TEXT,
  volume         TEXT NOT NULL,
  price          TEXT NOT NULL,
  amount         INTEGER NOT NULL
) STRICT;
CREATE INDEX charge_lines_charge ON charge_lines (charge_id);

CREATE TABLE payments (
  id          INTEGER PRIMARY KEY,
  region_id   INTEGER NOT NULL,
  account_id  INTEGER NOT NULL,
  service_id  INTEGER,
  period      TEXT NOT NULL,
  paid_at     TEXT NOT NULL,
  amount      INTEGER NOT NULL,
  place       TEXT NOT NULL
) STRICT;
CREATE INDEX payments_account_paid_at ON payments (account_id, paid_at);

-- body and contact arrive null on kiosks.
CREATE TABLE support_requests (
  id             INTEGER PRIMARY KEY,
  region_id      INTEGER NOT NULL,
  number         TEXT NOT NULL,
  submission_id  TEXT,
  account_id     INTEGER NOT NULL,
  source         TEXT NOT NULL,
  topic          TEXT NOT NULL,
  body           TEXT,
  contact        TEXT,
  status         TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX support_requests_account ON support_requests (account_id);
CREATE INDEX support_requests_submission ON support_requests (submission_id) WHERE submission_id IS NOT NULL;

CREATE TABLE support_replies (
  id          INTEGER PRIMARY KEY,
  region_id   INTEGER NOT NULL,
  request_id  INTEGER NOT NULL,
  author      TEXT NOT NULL,
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX support_replies_request ON support_replies (request_id);

UPDATE sync_state SET cursor = NULL, last_full_total = NULL WHERE id = 1;
`;
