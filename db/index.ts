export * from './account-billing.js';
export * from './account-bundle.js';
export * from './apply-sync-page.js';
export * from './migrate.js';
export * from './open-cache.js';
export * from './pulled-rows.js';
export * from './pulled-tables.js';
export * from './sync-state.js';
