import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { mainWindowOptions } from '../../../electron/platform/window-options.js';

// The real main bundle (built as dist/electron/main.cjs is), started in plain Node with a stand-in Electron runtime
// (fake-electron-runtime.cjs): proves the bundle loads its packages, wires the IPC border and
// opens the window with the pinned options.
describe('main bundle under a stand-in Electron runtime', () => {
  const root = process.cwd();
  let userData: string;
  let outDir: string;
  let seen: {
    sandboxEnabled: boolean;
    windowOptions: unknown;
    loadedUrl: string;
    handlers: string[];
    results: Record<string, unknown>;
  };

  beforeAll(async () => {
    // Its own output folder inside the project (packages resolve from node_modules), so the
    // packaging test rebuilding dist/ at the same time cannot interfere.
    mkdirSync(join(root, 'dist'), { recursive: true });
    outDir = join(mkdtempSync(join(root, 'dist', '.main-bundle-test-')), 'electron');
    for (const config of ['electron/vite.main.config.ts', 'electron/vite.preload.config.ts']) {
      await build({ configFile: join(root, config), logLevel: 'silent', build: { outDir } });
    }
    userData = mkdtempSync(join(tmpdir(), 'kabinet-main-bundle-'));
    const stdout = execFileSync(
      process.execPath,
      [
        '--require',
        join(root, 'test/electron/platform/fake-electron-runtime.cjs'),
        join(outDir, 'main.cjs'),
      ],
      {
        cwd: root,
        // An address nothing listens on: no embedded central, the device stays unenrolled.
        env: {
          ...process.env,
          FAKE_ELECTRON_USER_DATA: userData,
          KABINET_CENTRAL_URL: 'http://127.0.0.1:9',
        },
        timeout: 60_000,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    seen = JSON.parse(stdout.trim().split('\n').at(-1)!);
  }, 90_000);

  afterAll(() => {
    rmSync(userData, { recursive: true, force: true });
    rmSync(dirname(outDir), { recursive: true, force: true });
  });

  it('enables the sandbox and opens the window with the pinned options', () => {
    expect(seen.sandboxEnabled).toBe(true);
    expect(seen.windowOptions).toEqual(
      mainWindowOptions({
        profile: 'counter',
        preloadPath: join(outDir, 'preload.cjs'),
        devTools: true,
      }),
    );
    expect(seen.loadedUrl).toBe(`file://${join(outDir, '..', 'renderer', 'index.html')}`);
  });

  it('serves the renderer through the IPC border: values, sender check, validation', () => {
    expect(seen.handlers).toEqual(['kabinet:invoke']);
    expect(seen.results.state).toMatchObject({
      ok: true,
      value: { version: '0.1.0', enrolled: false },
    });
    expect(seen.results.malformed).toEqual({
      ok: false,
      error: { code: 'invalid_input', messageKey: 'errors.invalid_input' },
    });
    expect(seen.results.subframe).toEqual({
      ok: false,
      error: { code: 'forbidden_sender', messageKey: 'errors.forbidden_sender' },
    });
  });
});
