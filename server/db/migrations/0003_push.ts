/**
 * 0003: push sync. Each device's last applied mutation seq and every mutation's stored result
 * (so a repeated push returns it instead of applying twice), per-supplier reading windows, and
 * readings keyed by the device's submission UUID (one row per zone).
 */
export default String.raw`
ALTER TABLE devices ADD COLUMN last_applied_seq bigint NOT NULL DEFAULT 0 CHECK (last_applied_seq >= 0);

CREATE TABLE device_mutations (
  device_id       integer NOT NULL REFERENCES devices(id),
  seq             bigint NOT NULL CHECK (seq > 0),
  mutation_id     uuid NOT NULL UNIQUE,
  status          text NOT NULL CHECK (status IN ('applied', 'rejected')),
  reason_code     text,
  reason_message  text,
  period          text CHECK (period ~ '^\d{4}-(0[1-9]|1[0-2])$'),
  applied_at      timestamptz NOT NULL,
  PRIMARY KEY (device_id, seq),
  CHECK ((status = 'rejected') = (reason_code IS NOT NULL))
);

ALTER TABLE suppliers ADD COLUMN reading_window_from smallint NOT NULL DEFAULT 15
  CHECK (reading_window_from BETWEEN 1 AND 31);
ALTER TABLE suppliers ADD COLUMN reading_window_to smallint NOT NULL DEFAULT 25
  CHECK (reading_window_to BETWEEN 1 AND 31);

-- A reading submitted from a device: its submission (mutation) UUID, one row per zone.
-- Imported readings have none.
ALTER TABLE readings ADD COLUMN submission_id uuid;
ALTER TABLE readings ADD COLUMN user_id integer REFERENCES users(id);
ALTER TABLE readings ADD COLUMN device_id integer REFERENCES devices(id);
CREATE UNIQUE INDEX readings_submission_zone ON readings (submission_id, zone) WHERE submission_id IS NOT NULL;
-- the latest accepted reading of a meter's zone
CREATE INDEX readings_meter_zone_latest ON readings (meter_id, zone, period DESC, entered_at DESC) WHERE status = 'accepted';
`;
