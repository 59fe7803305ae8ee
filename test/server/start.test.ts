import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it, inject } from 'vitest';

import { enrolResponseSchema } from '../../shared/sync/http.js';
import { syncPageSchema } from '../../shared/sync/protocol.js';
import { ConfigError } from '../../server/config.js';
import { PgliteFolderInUseError } from '../../server/db/pglite-lock.js';
import { type StartCentralOptions, startCentralService } from '../../server/start.js';
import { backends, createPostgresDatabase, seedRegion } from '../support/central-fixture.js';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function storageFor(
  backend: (typeof backends)[number],
): Promise<{ options: StartCentralOptions; drop(): Promise<void> }> {
  if (backend === 'postgres') {
    const database = await createPostgresDatabase(inject('postgresUrl'));
    return { options: { databaseUrl: database.url }, drop: database.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-central-'));
  folders.push(dir);
  return { options: { pgliteDir: dir }, drop: async () => {} };
}

describe.each(backends)('startCentralService on %s', (backend) => {
  it('listens on 127.0.0.1 and serves enrolment and sync over real HTTP', async () => {
    const storage = await storageFor(backend);
    const central = await startCentralService(storage.options);
    try {
      expect(central.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${central.url}/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: backend });

      await seedRegion(central.central, { code: 'orenburg', accounts: 1 });
      const { code } = await central.issueEnrolmentCode('counter', 'orenburg');
      const enrolResponse = await fetch(`${central.url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, deviceName: 'Стойка' }),
      });
      expect(enrolResponse.status).toBe(200);
      const enrolled = enrolResponseSchema.parse(await enrolResponse.json());
      const pull = await fetch(`${central.url}/api/v1/sync/pull?withTotal=1`, {
        headers: { authorization: `Device ${enrolled.deviceToken}` },
      });
      const page = syncPageSchema.parse(await pull.json());
      expect(page.total).toBe(page.changes.length);
      expect(page.changes.length).toBeGreaterThan(5);
    } finally {
      await central.close();
      await storage.drop();
    }
    await expect(fetch(`${central.url}/health`)).rejects.toThrow();
  });
});

describe('startCentralService options', () => {
  it('keeps a PGlite folder to one process at a time, and its data across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-central-'));
    folders.push(dir);
    const first = await startCentralService({ pgliteDir: dir });
    await seedRegion(first.central, { code: 'orenburg', accounts: 0 });
    await expect(startCentralService({ pgliteDir: dir })).rejects.toThrow(PgliteFolderInUseError);
    await first.close();
    const second = await startCentralService({ pgliteDir: dir });
    try {
      const issued = await second.issueEnrolmentCode('kiosk', 'orenburg', 5);
      expect(issued.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    } finally {
      await second.close();
    }
  });

  it('validates its options like the environment', async () => {
    await expect(startCentralService({ adminToken: 'short' })).rejects.toThrow(ConfigError);
    await expect(startCentralService({ port: 70_000 })).rejects.toThrow(/PORT must be an integer/);
  });

  it('judges dates with the injected clock', async () => {
    const central = await startCentralService({ clock: () => new Date('2030-01-01T00:00:00Z') });
    try {
      await seedRegion(central.central, { code: 'orenburg', accounts: 0 });
      const issued = await central.issueEnrolmentCode('kiosk', 'orenburg', 10);
      expect(issued.expiresAt).toBe('2030-01-01T00:10:00.000Z');
    } finally {
      await central.close();
    }
  });
});
