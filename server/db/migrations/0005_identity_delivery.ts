/**
 * 0005: what registration, recovery and settings stand on.
 * - one_time_codes: SMS codes and e-mail link tokens, one row per (request, purpose), stored as
 *   an HMAC (never the code), with expiry, send count, failed attempts and the lock;
 * - captcha_challenges: the image answer and the spoken-question answer, both as HMACs;
 * - sandbox_messages: what the sandbox mailer and SMS gateway "sent", for the viewer.
 */
export default String.raw`
CREATE TABLE one_time_codes (
  request_id       uuid NOT NULL,
  purpose          text NOT NULL CHECK (purpose ~ '^[a-z][a-z_]{1,31}$'),
  channel          text NOT NULL CHECK (channel IN ('sms', 'email')),
  recipient        text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 254),
  secret_hash      text NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
  created_at       timestamptz NOT NULL,
  sent_at          timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  sends            integer NOT NULL DEFAULT 1 CHECK (sends >= 1),
  failed_attempts  integer NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_at        timestamptz,
  used_at          timestamptz,
  PRIMARY KEY (request_id, purpose)
);
CREATE INDEX one_time_codes_expires ON one_time_codes (expires_at);

CREATE TABLE captcha_challenges (
  id             uuid PRIMARY KEY,
  answer_hash    text NOT NULL CHECK (answer_hash ~ '^[0-9a-f]{64}$'),
  question_hash  text NOT NULL CHECK (question_hash ~ '^[0-9a-f]{64}$'),
  created_at     timestamptz NOT NULL,
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz
);
CREATE INDEX captcha_challenges_expires ON captcha_challenges (expires_at);

CREATE TABLE sandbox_messages (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  channel     text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient   text NOT NULL,
  subject     text,
  text        text NOT NULL,
  html        text,
  created_at  timestamptz NOT NULL
);
CREATE INDEX sandbox_messages_recipient ON sandbox_messages (recipient, id DESC);
`;
