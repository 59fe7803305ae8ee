export * from './account-number.js';
export * from './dates.js';
export * from './money.js';
export * from './phone.js';
export * from './verification.js';
