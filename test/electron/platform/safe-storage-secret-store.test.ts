import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import {
  createSafeStorageSecretStore,
  type SafeStorageLike,
  SecretStorageUnavailable,
} from '../../../electron/platform/safe-storage-secret-store.js';

/** safeStorage's contract with real AES-256-GCM behind it (DPAPI / the keyring in the app). */
function aesSafeStorage(options: { available?: boolean; reEncryptOnce?: boolean } = {}) {
  const key = randomBytes(32);
  let reEncrypt = options.reEncryptOnce ?? false;
  let encryptions = 0;
  const storage: SafeStorageLike = {
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    async encryptStringAsync(text) {
      encryptions++;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async decryptStringAsync(blob) {
      const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(0, 12));
      decipher.setAuthTag(blob.subarray(12, 28));
      const result = Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
      const shouldReEncrypt = reEncrypt;
      reEncrypt = false;
      return { result, shouldReEncrypt };
    },
    getSelectedStorageBackend: () => 'gnome_libsecret',
  };
  return { storage, encryptions: () => encryptions };
}

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-secrets-'));
  dirs.push(dir);
  return join(dir, 'nested', 'secrets.bin');
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('safeStorage secret store', () => {
  it('keeps secrets encrypted on disk, owner-only, and reads them back', async () => {
    const file = tempFile();
    const store = createSafeStorageSecretStore(aesSafeStorage().storage, file, () => {});
    await store.set('device.token', 'kbt_0123456789abcdef');
    await store.set('other', 'второй секрет');
    expect(await store.get('device.token')).toBe('kbt_0123456789abcdef');
    expect(await store.get('other')).toBe('второй секрет');
    expect(await store.get('missing')).toBeNull();
    const raw = readFileSync(file);
    expect(raw.includes(Buffer.from('kbt_0123456789abcdef'))).toBe(false);
    expect(raw.includes(Buffer.from('device.token'))).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('deletes one key and keeps the others', async () => {
    const store = createSafeStorageSecretStore(aesSafeStorage().storage, tempFile(), () => {});
    await store.set('a', '1');
    await store.set('b', '2');
    await store.delete('a');
    await store.delete('never-set');
    expect(await store.get('a')).toBeNull();
    expect(await store.get('b')).toBe('2');
  });

  it('loses no key when writes overlap', async () => {
    const store = createSafeStorageSecretStore(aesSafeStorage().storage, tempFile(), () => {});
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.set(`k${i}`, `v${i}`)));
    for (let i = 0; i < 10; i++) expect(await store.get(`k${i}`)).toBe(`v${i}`);
  });

  it('refuses to store anything when the OS offers no encryption, and says so', async () => {
    const file = tempFile();
    const logged: string[] = [];
    const store = createSafeStorageSecretStore(
      aesSafeStorage({ available: false }).storage,
      file,
      (level, message) => logged.push(`${level}: ${message}`),
    );
    await expect(store.set('device.token', 'secret')).rejects.toBeInstanceOf(
      SecretStorageUnavailable,
    );
    expect(existsSync(file)).toBe(false);
    expect(
      logged.some((line) => line.startsWith('error: safeStorage encryption unavailable')),
    ).toBe(true);
  });

  it('re-encrypts the blob when safeStorage asks for it after a key rotation', async () => {
    const file = tempFile();
    const safe = aesSafeStorage({ reEncryptOnce: true });
    const store = createSafeStorageSecretStore(safe.storage, file, () => {});
    await store.set('a', '1');
    const before = readFileSync(file);
    const writesBefore = safe.encryptions();
    expect(await store.get('a')).toBe('1');
    expect(safe.encryptions()).toBe(writesBefore + 1);
    expect(readFileSync(file).equals(before)).toBe(false);
    expect(await store.get('a')).toBe('1');
  });
});
