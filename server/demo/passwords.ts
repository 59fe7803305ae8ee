/**
 * Demo passwords and their argon2id hashes (m = 19 MiB, t = 2, p = 1), computed once with
 * server/auth/password.ts and kept here: hashing costs about 50 ms, so 50,000 bulk users would
 * take 40 minutes, and fixed hashes keep demo data identical from run to run.
 * Demo data only: every bulk user shares ONE hash (and so one salt). A test checks each hash
 * against its password.
 */

/** Password of every demo login: `demo`, `demo2` and the bulk `user<account number>` users. */
export const DEMO_PASSWORD = 'Kabinet-2026';

/** Hash of {@link DEMO_PASSWORD} for the user `demo`. */
export const DEMO_USER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$2/KsxbencFx/6N38P8eN6w$u5mTidH9iiLUGy8kE7Qpu47Q4qpKMY3YS5lmft98d5U';

/** Hash of {@link DEMO_PASSWORD} for the user `demo2`. */
export const DEMO2_USER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$P0Vyl3bdACPLs9WKDkAnQA$ioro6t4jH0mzKrRwipxS46VGidItfRNt4oFKW5P/5ow';

/** The one hash of {@link DEMO_PASSWORD} that all bulk demo users share. */
export const BULK_USER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$e2HiLfNRQk9+/H3dsLOb9w$AxwSpINP+fgSMG7/9LjO7rC5x4EqK59QiJ8qYPtENz8';
