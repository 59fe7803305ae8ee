/** 0001: the outbox of mutations and what the device knows of the server's numbering. */
export default String.raw`
CREATE TABLE outbox (
  seq             INTEGER PRIMARY KEY CHECK (seq > 0),
  id              TEXT NOT NULL UNIQUE,
  kind            TEXT NOT NULL,
  payload         TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'applied', 'rejected')),
  reason_code     TEXT,
  reason_message  TEXT,
  period          TEXT,
  queued_at       TEXT NOT NULL,
  settled_at      TEXT,
  CHECK ((status = 'rejected') = (reason_code IS NOT NULL))
) STRICT;
CREATE INDEX outbox_queued ON outbox (seq) WHERE status = 'queued';

-- One row: which device the file pushes as, the server's last applied seq as last heard, and
-- whether it has been heard (a new file, or a new enrolment, must not send before it knows where
-- the server's numbering is). The seq sent is the local seq minus seq_base.
CREATE TABLE outbox_state (
  id                      INTEGER PRIMARY KEY CHECK (id = 1),
  device_id               INTEGER,
  server_last_applied_seq INTEGER NOT NULL DEFAULT 0,
  server_seq_known        INTEGER NOT NULL DEFAULT 0 CHECK (server_seq_known IN (0, 1)),
  seq_base                INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO outbox_state (id) VALUES (1);
`;
