import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  createMainServices,
  mainOptionsFromEnv,
  type MainServices,
  type MainServicesOptions,
} from '../services/main-services.js';
import { createFileSecretStore } from '../services/secret-store.js';
import { bundleBridgeClient } from './bridge-client-bundle.js';
import { startPreviewServer } from './preview-server.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export const DEFAULT_PREVIEW_DATA_DIR = join(projectRoot, '.kabinet-data', 'preview');
export const DEFAULT_RENDERER_DIR = join(projectRoot, 'dist', 'renderer');

export interface StartPreviewOptions {
  /** The device's data folder (cache, secrets); default .kabinet-data/preview. */
  dataDir?: string;
  port?: number;
  rendererDir?: string;
  /** Read through mainOptionsFromEnv (central URL, embedded profile…); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Applied last, over the environment: tests choose the profile and the demo data size here. */
  overrides?: Partial<MainServicesOptions>;
  log?: MainServicesOptions['log'];
}

export interface Preview {
  /** Open this in Chromium: http://127.0.0.1:<port>/?t=<token>. */
  url: string;
  origin: string;
  /** The bridge token (tests call the bridge directly with it). */
  token: string;
  services: MainServices;
  close(): Promise<void>;
}

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Starts the real main-process services on a data folder and serves the built renderer with the
 * bridge on 127.0.0.1, so a plain Chromium gets exactly the app Electron would show.
 */
export async function startPreview(options: StartPreviewOptions = {}): Promise<Preview> {
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(
      `no renderer build in ${rendererDir}: run "node scripts/build.mjs renderer" first`,
    );
  }
  const dataDir = resolve(options.dataDir ?? DEFAULT_PREVIEW_DATA_DIR);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const bridgeClient = await bundleBridgeClient();
  const services = await createMainServices({
    userDataDir: dataDir,
    secretStore: createFileSecretStore(join(dataDir, 'secrets.json')),
    appVersion: appVersion(),
    deviceName: `${hostname()} (preview)`,
    ...(options.log ? { log: options.log } : {}),
    ...mainOptionsFromEnv(options.env ?? process.env),
    ...options.overrides,
  });
  await services.start();
  try {
    const server = await startPreviewServer({
      services,
      rendererDir,
      bridgeClient,
      port: options.port,
    });
    return {
      url: server.url,
      origin: server.origin,
      token: server.token,
      services,
      close: async () => {
        await server.close();
        await services.stop();
      },
    };
  } catch (error) {
    await services.stop();
    throw error;
  }
}
