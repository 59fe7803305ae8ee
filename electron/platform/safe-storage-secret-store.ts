import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import type { SafeStorage } from 'electron';

import type { SecretStore } from '../services/secret-store.js';
import type { Log } from './log.js';

export type SafeStorageLike = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'
> & { getSelectedStorageBackend?: SafeStorage['getSelectedStorageBackend'] };

/** Thrown when the OS offers no encryption: the device's credential is then never written. */
export class SecretStorageUnavailable extends Error {
  constructor() {
    super('OS-level encryption (safeStorage) is unavailable; refusing to store secrets in clear');
    this.name = 'SecretStorageUnavailable';
  }
}

/**
 * A SecretStore backed by Electron safeStorage (DPAPI on Windows, the keyring on Linux): all
 * secrets live in one encrypted blob file, rewritten atomically with 0600 permissions.
 */
export function createSafeStorageSecretStore(
  safeStorage: SafeStorageLike,
  filePath: string,
  log: Log,
): SecretStore {
  let warnedBackend = false;

  async function requireEncryption(): Promise<void> {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) {
      log('error', 'safeStorage encryption unavailable: the device secret cannot be stored', {
        backend: safeStorage.getSelectedStorageBackend?.(),
      });
      throw new SecretStorageUnavailable();
    }
    if (!warnedBackend && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
      warnedBackend = true;
      log('warn', 'safeStorage uses the basic_text backend: secrets are only obfuscated on Linux');
    }
  }

  async function read(): Promise<Record<string, string>> {
    if (!existsSync(filePath)) return {};
    await requireEncryption();
    const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(
      readFileSync(filePath),
    );
    const data = JSON.parse(result) as Record<string, string>;
    if (shouldReEncrypt) await write(data);
    return data;
  }

  async function write(data: Record<string, string>): Promise<void> {
    await requireEncryption();
    const blob = await safeStorage.encryptStringAsync(JSON.stringify(data));
    mkdirSync(dirname(filePath), { recursive: true });
    const tmp = `${filePath}.tmp`;
    writeFileSync(tmp, blob, { mode: 0o600 });
    renameSync(tmp, filePath);
  }

  // Calls are serialised so that two quick writes never lose each other's key.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    get: (key) => serial(async () => (await read())[key] ?? null),
    set: (key, value) => serial(async () => write({ ...(await read()), [key]: value })),
    delete: (key) =>
      serial(async () => {
        const data = await read();
        if (!(key in data)) return;
        delete data[key];
        await write(data);
      }),
  };
}
