import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, type Configuration, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isExternal } from '../../electron/vite.main.config.js';
import { makeStandInElectronDist } from './stand-in-electron.js';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'kabinet-packaging-'));
const updateUrl = 'http://127.0.0.1:9/kabinet-updates';
// @electron/fuses stores each fuse as an ASCII digit.
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

function packDir(overrides: Record<string, unknown>, output: string) {
  return build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: {
      directories: { output },
      electronDist: makeStandInElectronDist(join(work, 'electron-dist')),
      electronVersion: '45.4.1',
      npmRebuild: false,
      ...overrides,
    } as Configuration,
  });
}

/** Bare `require('x')` specifiers of the main bundle, as package names. */
function requiredPackages(code: string): string[] {
  const names = new Set<string>();
  for (const [, id] of code.matchAll(/require\(["']([^"']+)["']\)/g)) {
    if (!id || !isExternal(id) || id.startsWith('node:') || id === 'electron') continue;
    const parts = id.split('/');
    const name = id.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    if (!builtinModules.includes(name)) names.add(name);
  }
  return [...names];
}

describe('electron-builder packaging (unpacked --linux --dir against a stand-in Electron)', () => {
  let asarPath: string;
  let entries: string[];
  let unpackedDir: string;

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'pipe' });
    process.env.KABINET_UPDATE_URL = updateUrl;
    await packDir({}, join(work, 'out'));
    unpackedDir = join(work, 'out', 'linux-unpacked');
    asarPath = join(unpackedDir, 'resources', 'app.asar');
    entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  }, 110_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('rejects a configuration with an unknown key (the configuration is really validated)', async () => {
    await expect(packDir({ kabinetUnknownKey: true }, join(work, 'invalid'))).rejects.toThrow(
      /unknown property|kabinetUnknownKey/i,
    );
  });

  it('packs the main bundle, the preload and the renderer into app.asar', () => {
    expect(entries).toContain('/dist/electron/main.cjs');
    expect(entries).toContain('/dist/electron/preload.cjs');
    expect(entries).toContain('/dist/renderer/index.html');
    expect(entries).toContain('/package.json');
    const pkg = JSON.parse(extractFile(asarPath, 'package.json').toString()) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
  });

  it('never ships the preview mode, tests, sources or source maps', () => {
    const own = entries.filter((entry) => !entry.startsWith('/node_modules/'));
    expect(
      own.filter((entry) =>
        /^\/(electron|test|scripts|server|shared|renderer|db)(\/|$)/.test(entry),
      ),
    ).toEqual([]);
    expect(own.filter((entry) => /preview|bridge/i.test(entry))).toEqual([]);
    expect(own.filter((entry) => /\.(ts|map)$/.test(entry))).toEqual([]);
    const main = extractFile(asarPath, 'dist/electron/main.cjs').toString();
    expect(main).not.toContain('__bridge');
  });

  it('ships every package the main bundle requires', () => {
    const main = extractFile(asarPath, 'dist/electron/main.cjs').toString();
    const missing = requiredPackages(main).filter(
      (name) => !entries.includes(`/node_modules/${name}/package.json`),
    );
    expect(missing).toEqual([]);
  });

  it('leaves native addons and PGlite data outside the archive', () => {
    const unpacked = entries.filter((entry) => /\.(node|wasm|data)$/.test(entry));
    expect(unpacked.length).toBeGreaterThan(0);
    for (const entry of unpacked) {
      expect(() =>
        readFileSync(join(unpackedDir, 'resources', 'app.asar.unpacked', entry)),
      ).not.toThrow();
    }
  });

  it('burns the security fuses into the Electron binary', async () => {
    const wire = await getCurrentFuseWire(join(unpackedDir, 'kabinet'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLED);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLED);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLED);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLED);
  });

  it('points the updater at the generic feed from KABINET_UPDATE_URL', () => {
    const updateConfig = readFileSync(join(unpackedDir, 'resources', 'app-update.yml'), 'utf8');
    expect(updateConfig).toContain('provider: generic');
    expect(updateConfig).toContain(`url: ${updateUrl}`);
  });
});
