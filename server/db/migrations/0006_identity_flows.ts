/**
 * 0006: registration, recovery and settings (issue 4) on top of 0005's codes and captcha.
 * - registrations: a pending registration (Рис. 2–11); the password is an argon2id hash from the start;
 * - recoveries: a password recovery (Рис. 36–39); user_id is null for a decoy (unknown contact);
 * - contact_changes: a new e-mail (confirmed by a link) or phone (confirmed by a code) in settings;
 * - user_consents: the mailing consent's history, one row per grant or withdrawal;
 * - lookups of users by phone and e-mail (contact_taken, recovery).
 */
export default String.raw`
CREATE TABLE registrations (
  id                uuid PRIMARY KEY,
  device_id         integer NOT NULL REFERENCES devices(id),
  region_id         integer NOT NULL REFERENCES regions(id),
  login             text NOT NULL,
  password_hash     text NOT NULL,
  variant           text NOT NULL CHECK (variant IN ('phone', 'email')),
  contact           text NOT NULL CHECK (length(contact) BETWEEN 1 AND 254),
  city              text NOT NULL,
  account_id        integer REFERENCES accounts(id),
  account_attempts  integer NOT NULL DEFAULT 0 CHECK (account_attempts >= 0),
  step              text NOT NULL CHECK (step IN ('account', 'confirm', 'code', 'email_sent', 'done')),
  user_id           integer REFERENCES users(id),
  created_at        timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,
  completed_at      timestamptz,
  CHECK ((step = 'done') = (user_id IS NOT NULL))
);
CREATE INDEX registrations_expires ON registrations (expires_at);

CREATE TABLE recoveries (
  id                uuid PRIMARY KEY,
  device_id         integer NOT NULL REFERENCES devices(id),
  method            text NOT NULL CHECK (method IN ('phone', 'email')),
  contact           text NOT NULL CHECK (length(contact) BETWEEN 1 AND 254),
  user_id           integer REFERENCES users(id),
  step              text NOT NULL CHECK (step IN ('code', 'email_sent', 'password', 'done')),
  form_secret_hash  text CHECK (form_secret_hash ~ '^[0-9a-f]{64}$'),
  created_at        timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,
  verified_at       timestamptz,
  completed_at      timestamptz
);
CREATE INDEX recoveries_expires ON recoveries (expires_at);

CREATE TABLE contact_changes (
  id            uuid PRIMARY KEY,
  user_id       integer NOT NULL REFERENCES users(id),
  device_id     integer NOT NULL REFERENCES devices(id),
  channel       text NOT NULL CHECK (channel IN ('phone', 'email')),
  contact       text NOT NULL CHECK (length(contact) BETWEEN 1 AND 254),
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  confirmed_at  timestamptz
);
CREATE INDEX contact_changes_user ON contact_changes (user_id, channel, created_at);

CREATE TABLE user_consents (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id    integer NOT NULL REFERENCES users(id),
  kind       text NOT NULL CHECK (kind IN ('mailing')),
  granted    boolean NOT NULL,
  given_at   timestamptz NOT NULL,
  device_id  integer REFERENCES devices(id)
);
CREATE INDEX user_consents_user ON user_consents (user_id, kind, id);

CREATE INDEX users_phone ON users (phone) WHERE phone IS NOT NULL;
CREATE INDEX users_email ON users (lower(email)) WHERE email IS NOT NULL;
`;
