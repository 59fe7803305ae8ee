export * from './api.js';
export * from './methods.js';
export * from './result.js';
export * from './views.js';
export * from './billing-views.js';
export * from './report-views.js';
export * from './request-views.js';
