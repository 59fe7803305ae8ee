// The whole contextBridge surface. Bundled into one CommonJS file (dist/electron/preload.cjs):
// a sandboxed preload may require nothing but 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import {
  createKabinetApi,
  eventNames,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type Invoke,
  type Subscribe,
} from '../shared/contract/index.js';

const invoke: Invoke = (method, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input);

const subscribe: Subscribe = (event, listener) => {
  if (!(eventNames as readonly string[]).includes(event)) return () => undefined;
  const handler = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload as never);
  };
  ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld('kabinet', createKabinetApi(invoke, subscribe));
