import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id parameters: m = 19 MiB, t = 2, p = 1. */
// algorithm 2 is Argon2id (the package's const enum cannot be used under isolatedModules).
const PARAMS = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id (PHC string with its own random salt). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

/** Checks a password against a stored PHC hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
