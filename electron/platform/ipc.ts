import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';

import {
  type EventName,
  fail,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type Result,
} from '../../shared/contract/index.js';
import type { MainServices } from '../services/main-services.js';
import { isAppUrl } from './app-url.js';
import type { Log } from './log.js';

type SenderEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;
type Frame = Pick<WebFrameMain, 'url' | 'processId' | 'routingId'>;

function sameFrame(a: Frame, b: Frame): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

/**
 * True only for a call from the top frame of our main window while it shows the app's own page:
 * not a subframe, not another window, not a page it was navigated to.
 */
export function isTrustedSender(event: SenderEvent, window: WebContents, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (frame === null || event.sender !== window || window.isDestroyed()) return false;
  return sameFrame(frame, window.mainFrame) && isAppUrl(frame.url, appUrl);
}

export interface InvokeHandlerOptions {
  services: Pick<MainServices, 'dispatch'>;
  /** The main window's contents, or null while there is none. */
  mainContents: () => WebContents | null;
  appUrl: string;
  log: Log;
}

/**
 * The handler of IPC_INVOKE_CHANNEL: checks the sender, then hands the call to the services'
 * dispatcher (which validates the method name and the input). Always resolves to a Result.
 */
export function createInvokeHandler(options: InvokeHandlerOptions) {
  return async (event: SenderEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const window = options.mainContents();
    if (window === null || !isTrustedSender(event, window, options.appUrl)) {
      options.log('warn', 'ipc call from an untrusted sender refused');
      return fail('forbidden_sender');
    }
    if (typeof method !== 'string') return fail('invalid_input');
    try {
      return await options.services.dispatch(method, input);
    } catch (error) {
      options.log('error', 'dispatch threw', { method, error: String(error) });
      return fail('internal');
    }
  };
}

/** Registers the invoke handler; returns a function that removes it. */
export function registerIpc(ipcMain: IpcMain, options: InvokeHandlerOptions): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, createInvokeHandler(options));
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}

/** Forwards every service event to the main window; returns the unsubscribe function. */
export function forwardEvents(
  services: Pick<MainServices, 'onEvent'>,
  mainContents: () => WebContents | null,
): () => void {
  return services.onEvent((name: EventName, payload: unknown) => {
    const contents = mainContents();
    if (contents !== null && !contents.isDestroyed()) {
      contents.send(IPC_EVENT_CHANNEL, name, payload);
    }
  });
}
