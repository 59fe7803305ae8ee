/**
 * 0002: support request numbers. A request is numbered where it is taken, '<device id>-<n>', so
 * the number exists offline; n counts per device id (a new enrolment is a new device id and
 * starts again at 1). Kept here because the outbox file is never discarded.
 */
export default String.raw`
CREATE TABLE request_numbers (
  device_id  INTEGER PRIMARY KEY CHECK (device_id > 0),
  last       INTEGER NOT NULL CHECK (last >= 0)
) STRICT;
`;
