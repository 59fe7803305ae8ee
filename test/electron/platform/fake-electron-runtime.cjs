/* eslint-disable @typescript-eslint/no-require-imports -- loaded by `node --require`, so CommonJS */
// Loaded with `node --require` before dist/electron/main.cjs: stands in for the Electron runtime
// (which cannot exist here) so the real main bundle starts in plain Node. When the window has
// loaded, it calls the registered IPC handler the way the renderer's top frame would, prints one
// JSON line with what it saw, and quits the app like a user closing the window.
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const userData =
  process.env.FAKE_ELECTRON_USER_DATA || mkdtempSync(join(tmpdir(), 'fake-electron-'));
const seen = {
  sandboxEnabled: false,
  windowOptions: null,
  loadedUrl: null,
  handlers: [],
  results: {},
};
let invokeHandler = null;

class FakeApp extends EventEmitter {
  isPackaged = false;
  enableSandbox() {
    seen.sandboxEnabled = true;
  }
  requestSingleInstanceLock() {
    return true;
  }
  getPath(name) {
    return name === 'userData' ? userData : tmpdir();
  }
  getVersion() {
    return '0.1.0';
  }
  getName() {
    return 'Kabinet';
  }
  whenReady() {
    return Promise.resolve();
  }
  relaunch() {}
  quit() {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit('before-quit', event);
    if (!event.defaultPrevented) {
      this.emit('will-quit', event);
      process.stdout.write(`${JSON.stringify(seen)}\n`);
      process.exit(0);
    }
  }
  exit(code) {
    process.exit(code);
  }
}
const app = new FakeApp();

const mainFrame = { url: '', processId: 1, routingId: 1 };
class FakeContents extends EventEmitter {
  mainFrame = mainFrame;
  session = {
    webRequest: { onHeadersReceived() {} },
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    setDevicePermissionHandler() {},
    clearStorageData: async () => {},
    clearCache: async () => {},
  };
  isDestroyed() {
    return false;
  }
  send() {}
  setWindowOpenHandler() {}
  async setVisualZoomLevelLimits() {}
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    seen.windowOptions = options;
    this.webContents = new FakeContents();
    app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed() {
    return false;
  }
  show() {}
  async loadURL(url) {
    seen.loadedUrl = url;
    mainFrame.url = url;
    setImmediate(() => void afterLoad(this));
  }
}

async function afterLoad(window) {
  const call = (frame, method, input) =>
    invokeHandler({ sender: window.webContents, senderFrame: frame }, method, input);
  seen.results.state = await call(mainFrame, 'app.getState', {});
  seen.results.malformed = await call(mainFrame, 'session.signIn', { login: 42 });
  seen.results.subframe = await call({ ...mainFrame, routingId: 2 }, 'app.getState', {});
  app.emit('window-all-closed');
}

const fake = {
  app,
  BrowserWindow,
  ipcMain: {
    handle(channel, handler) {
      seen.handlers.push(channel);
      invokeHandler = handler;
    },
    removeHandler() {},
  },
  dialog: {
    showErrorBox(title, body) {
      process.stderr.write(`${title}: ${body}\n`);
    },
  },
  Menu: { setApplicationMenu() {} },
  safeStorage: {
    isAsyncEncryptionAvailable: async () => true,
    encryptStringAsync: async (text) => Buffer.from(text, 'utf8').reverse(),
    decryptStringAsync: async (blob) => ({
      result: Buffer.from(blob).reverse().toString('utf8'),
      shouldReEncrypt: false,
    }),
  },
  session: { defaultSession: new FakeContents().session },
  shell: { openExternal: async () => {} },
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  return request === 'electron' ? fake : load.call(this, request, parent, isMain);
};
