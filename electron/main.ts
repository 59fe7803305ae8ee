// Electron's main-process entry, bundled by scripts/build.mjs into dist/electron/main.cjs.
// Everything that touches Electron lives in ./platform; this file only starts it.
import { reportFatalStartError, runMainProcess } from './platform/bootstrap.js';

// The bundle is CommonJS, so __dirname is dist/electron (inside app.asar once packaged).
runMainProcess(__dirname).catch(reportFatalStartError);
