export * from './api.js';
export * from './methods.js';
export * from './result.js';
export * from './views.js';
