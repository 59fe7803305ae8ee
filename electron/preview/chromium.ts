import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Opens the preview as an app window in a throwaway Chromium profile (removed when the window
 * closes), so nothing of a session outlives it.
 */
export function openInChromium(url: string, onExit: () => void): ChildProcess | null {
  if (!existsSync(CHROMIUM_PATH)) return null;
  const profileDir = mkdtempSync(join(tmpdir(), 'kabinet-preview-chromium-'));
  const child = spawn(
    CHROMIUM_PATH,
    [
      `--app=${url}`,
      `--user-data-dir=${profileDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-sync',
      '--disable-background-networking',
      '--window-size=1280,800',
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', () => {
    rmSync(profileDir, { recursive: true, force: true });
    onExit();
  });
  return child;
}
