import type { KabinetApi } from '../shared/contract/api.js';

declare global {
  interface Window {
    /** Defined by the Electron preload or the preview bridge before the app starts. */
    kabinet?: KabinetApi;
  }
}

export {};
