import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { openCache } from '../../../../db/open-cache.js';
import { cachedNumberFloor } from '../../../../electron/services/requests/number-floor.js';

describe("the cache's floor for a device's next request number", () => {
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-floor-'));
  const { db } = openCache(join(dir, 'cache.sqlite3'));
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes the highest n among this device's numbers only, renumbered ones included", () => {
    expect(cachedNumberFloor(db, 12)).toBe(0);
    expect(cachedNumberFloor(null, 12)).toBe(0);
    const insert = db.prepare(
      `INSERT INTO support_requests (id, region_id, number, submission_id, account_id, source,
         topic, body, contact, status, created_at, updated_at)
       VALUES (?, 1, ?, NULL, 1, 'kiosk', 'other', NULL, NULL, 'new', '2026-03-18T06:00:00Z',
         '2026-03-18T06:00:00Z')`,
    );
    const numbers = ['12-000007', '12-000031-2', '120-000099', '1-000500', '12-000009', '2-000040'];
    numbers.forEach((number, i) => insert.run(i + 1, number));
    expect(cachedNumberFloor(db, 12)).toBe(31);
    expect(cachedNumberFloor(db, 120)).toBe(99);
    expect(cachedNumberFloor(db, 1)).toBe(500);
    expect(cachedNumberFloor(db, 3)).toBe(0);
  });
});
