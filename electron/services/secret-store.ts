import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Where the device keeps secrets (its credential for the central service).
 * In the app: Electron safeStorage (electron/platform/safe-storage-secret-store.ts).
 * In preview and tests: a JSON file readable by its owner only (0600).
 */
export interface SecretStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

/** A file-backed secret store with 0600 permissions, written atomically. */
export function createFileSecretStore(path: string): SecretStore {
  const read = (): Record<string, string> =>
    existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
  const write = (data: Record<string, string>) => {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.tmp`;
    writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, path);
  };
  return {
    async get(key) {
      return read()[key] ?? null;
    },
    async set(key, value) {
      write({ ...read(), [key]: value });
    },
    async delete(key) {
      const data = read();
      delete data[key];
      write(data);
    },
  };
}
