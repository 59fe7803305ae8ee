import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function crossings(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'kabinet/imports')
    .map((m) => m.message);
}

describe('import boundaries of DESIGN.md', () => {
  const cases: [string, string, boolean][] = [
    ['renderer/stores/x.ts', "import { readFileSync } from 'node:fs';", false],
    ['renderer/stores/x.ts', "import { ipcRenderer } from 'electron';", false],
    ['renderer/stores/x.ts', "import { openCache } from '../../db/open.js';", false],
    ['renderer/stores/x.ts', "import { buildCentralApp } from '../../server/app.js';", false],
    ['renderer/stores/x.ts', "import { methods } from '../../shared/contract/index.js';", true],
    ['renderer/stores/x.ts', "import { defineStore } from 'pinia';", true],
    ['shared/domain/x.ts', "import { z } from 'zod';", true],
    ['shared/domain/x.ts', "import { defineStore } from 'pinia';", false],
    ['shared/domain/x.ts', "import { openCentralDb } from '../../server/db/connect.js';", false],
    ['electron/services/x.ts', "import { app } from 'electron';", false],
    ['electron/services/x.ts', "import { openCentralDb } from '../../server/db/connect.js';", true],
    ['electron/platform/x.ts', "import { app } from 'electron';", true],
    ['electron/preload.ts', "import { readFileSync } from 'node:fs';", false],
    ['electron/preload.ts', "import { contextBridge } from 'electron';", true],
    ['db/x.ts', "import { sql } from 'kysely';", false],
    ['server/routes/x.ts', "import Database from 'better-sqlite3';", false],
    ['server/routes/x.ts', "import { openCache } from '../../db/open.js';", false],
    ['server/routes/x.ts', "import type { Database } from '../db/schema.js';", true],
  ];

  it.each(cases)('%s: %s → allowed=%s', async (file, code, allowed) => {
    const found = await crossings(file, `${code}\nexport {};\n`);
    expect(found.length === 0).toBe(allowed);
  });
});
